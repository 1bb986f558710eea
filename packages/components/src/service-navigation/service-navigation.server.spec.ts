import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byClass, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const LINKS = `<a href="/parking" data-href-cy="/parcio" data-text-cy="Trosolwg">Overview</a>
  <a href="/parking/apply" data-text-cy="Gwneud cais">Apply</a>
  <a href="/parking/fines" data-text-cy="Dirwyon" aria-current="true">Fines</a>`;

function render(attributes: Record<string, string | boolean>, content = LINKS, locale: 'en' | 'cy' = 'en') {
  const problems: string[] = [];
  const html = renderElement('cyd-service-navigation', attributes, { locale, content, onProblem: (p) => problems.push(p) });
  return { root: parseHTML(html), problems };
}

const linksOf = (root: ReturnType<typeof parseHTML>) =>
  byClass(root, 'cyd-service-navigation__link').map((a) => [attr(a, 'href'), textOf(a), attr(a, 'aria-current') ?? null]);

describe('cyd-service-navigation on the server', () => {
  it('renders the child links as a named navigation list, the current page marked, in English', () => {
    const { root, problems } = render({ current: '/parking/apply', 'service-name': 'Parking permits', 'service-href': '/parking' });
    expect(problems).to.deep.equal([]);
    expect(attr(oneByTag(root, 'nav'), 'aria-label')).to.equal('Menu');
    expect(linksOf(root)).to.deep.equal([
      ['/parking', 'Overview', null],
      ['/parking/apply', 'Apply', 'page'],
      ['/parking/fines', 'Fines', 'true'],
    ]);
    expect(textOf(oneByClass(root, 'cyd-service-navigation__service-name'))).to.equal('Parking permits');
    const band = oneByTag(root, 'section');
    expect(attr(band, 'aria-labelledby')).to.equal(attr(oneByClass(root, 'cyd-service-navigation__service-name'), 'id'));
  });

  it('renders in Welsh from the page’s lang', () => {
    const root = parseHTML(expandHTML(`<main lang="cy"><cyd-service-navigation current="/parcio">${LINKS}</cyd-service-navigation></main>`));
    expect(attr(oneByTag(root, 'nav'), 'aria-label')).to.equal('Dewislen');
    expect(textOf(oneByClass(root, 'cyd-service-navigation__toggle'))).to.equal('Dewislen');
    expect(linksOf(root)).to.deep.equal([
      ['/parcio', 'Trosolwg', 'page'],
      ['/parking/apply', 'Gwneud cais', null],
      ['/parking/fines', 'Dirwyon', 'true'],
    ]);
  });

  it('with JavaScript off shows every link, the menu button hidden', () => {
    const { root } = render({});
    expect(attr(oneByClass(root, 'cyd-service-navigation__list'), 'hidden')).to.equal(undefined);
    const button = oneByClass(root, 'cyd-service-navigation__toggle');
    expect(attr(button, 'hidden')).to.equal('');
    expect(attr(button, 'aria-controls')).to.equal('cyd-service-navigation');
    expect(attr(button, 'aria-expanded')).to.equal('false');
  });

  it('reads items as JSON and its other attributes', () => {
    const items = JSON.stringify([
      { href: '/a', text: { en: 'A', cy: 'A cy' }, current: true },
      { href: '/b', text: { en: 'B', cy: 'B cy' } },
    ]);
    const { root, problems } = render(
      {
        items,
        'navigation-id': 'prif',
        'navigation-label': 'Parking',
        'navigation-label-cy': 'Parcio',
        'menu-button-text': 'Links',
        'menu-button-text-cy': 'Dolenni',
        'menu-button-label': 'Show links',
        'menu-button-label-cy': 'Dangos dolenni',
      },
      '',
      'cy',
    );
    expect(problems).to.deep.equal([]);
    expect(linksOf(root)).to.deep.equal([
      ['/a', 'A cy', 'page'],
      ['/b', 'B cy', null],
    ]);
    expect(attr(oneByTag(root, 'ul'), 'id')).to.equal('prif');
    expect(attr(oneByTag(root, 'nav'), 'aria-label')).to.equal('Parcio');
    const button = oneByClass(root, 'cyd-service-navigation__toggle');
    expect([textOf(button), attr(button, 'aria-label')]).to.deep.equal(['Dolenni', 'Dangos dolenni']);
  });

  it('renders only the service name when there are no links', () => {
    const { root, problems } = render({ 'service-name': 'Parking permits' }, '');
    expect(problems).to.deep.equal([]);
    expect(byTag(root, 'nav').length).to.equal(0);
  });

  it('reports a current that matches no link, two current pages and no links at all', () => {
    expect(render({ current: '/nowhere' }).problems.some((p) => p.includes('current="/nowhere" is not the href of any link'))).to.equal(true);
    const two = '<a href="/a" aria-current="page">A</a><a href="/b" aria-current="page">B</a>';
    expect(render({}, two).problems.some((p) => p.includes('more than one link is marked as the current page'))).to.equal(true);
    expect(render({}, '').problems.some((p) => p.includes('has no links and no service name'))).to.equal(true);
  });

  describe('start and end content (GOV.UK slots.start, slots.end)', () => {
    const SLOTS = `<div data-region="start"><p class="start-words">Signed in as Ffion</p></div>
      ${LINKS}
      <div data-region="end"><a class="sign-out" href="/sign-out" lang="en">Sign out</a></div>`;

    it('places start content before the service name and links, end content after them, the links still read, in both languages', () => {
      for (const locale of ['en', 'cy'] as const) {
        const { root, problems } = render({ 'service-name': 'Parking permits', 'service-name-cy': 'Trwyddedau parcio' }, SLOTS, locale);
        expect(problems, locale).to.deep.equal([]);
        const band = oneByClass(root, 'cyd-service-navigation');
        const parts = band.children.flatMap((node) => (node.kind === 'element' ? [attr(node, 'class')] : []));
        expect(parts, locale).to.deep.equal(['cyd-service-navigation__start', 'cyd-service-navigation__container', 'cyd-service-navigation__end']);
        expect(textOf(oneByClass(oneByClass(root, 'cyd-service-navigation__start'), 'start-words'))).to.equal('Signed in as Ffion');
        expect(attr(oneByClass(oneByClass(root, 'cyd-service-navigation__end'), 'sign-out'), 'href')).to.equal('/sign-out');
        expect(
          linksOf(root).map(([href]) => href),
          locale,
        ).to.deep.equal([locale === 'cy' ? '/parcio' : '/parking', '/parking/apply', '/parking/fines']);
        expect(byClass(oneByClass(root, 'cyd-service-navigation__list'), 'sign-out').length, 'end content is not a link of the list').to.equal(0);
      }
      const welsh = render({ 'service-name': 'Parking permits', 'service-name-cy': 'Trwyddedau parcio' }, SLOTS, 'cy').root;
      expect(textOf(oneByClass(welsh, 'cyd-service-navigation__service-name'))).to.equal('Trwyddedau parcio');
      expect(attr(oneByTag(welsh, 'nav'), 'aria-label')).to.equal('Dewislen');
    });

    it('renders no start or end container without such content', () => {
      const { root } = render({});
      expect(byClass(root, 'cyd-service-navigation__start').length + byClass(root, 'cyd-service-navigation__end').length).to.equal(0);
    });

    it('reports content with no region, and a region it has no place for, naming both regions', () => {
      const stray = render({}, `${LINKS}<p>Stray</p>`).problems;
      expect(stray.some((p) => p.includes('some content has no place') && p.includes('data-region="start"') && p.includes('data-region="end"'))).to.equal(true);
      const unknown = render({}, `${LINKS}<div data-region="middle">?</div>`).problems;
      expect(unknown.some((p) => p.includes('data-region="middle" has no place') && p.includes('data-region="end"'))).to.equal(true);
    });
  });
});
