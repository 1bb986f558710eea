import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byClass, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const ATTRIBUTES = {
  'accessibility-href': '/accessibility',
  'accessibility-href-cy': '/hygyrchedd',
  'cookies-href': '/cookies',
  'privacy-href': '/privacy',
  'contact-href': '/contact',
  copyright: '© Gwernyfed County Council',
  'copyright-cy': '© Cyngor Sir Gwernyfed',
};

function render(attributes: Record<string, string>, content = '', locale: 'en' | 'cy' = 'en') {
  const problems: string[] = [];
  const html = renderElement('cyd-footer', attributes, { locale, content, onProblem: (p) => problems.push(p) });
  return { root: parseHTML(html), problems };
}

const metaLinksOf = (root: ReturnType<typeof parseHTML>) => byTag(oneByClass(root, 'cyd-footer__inline-list'), 'a').map((a) => [attr(a, 'href'), textOf(a)]);

describe('cyd-footer on the server', () => {
  it('renders a <footer> with the meta links and the copyright, in English', () => {
    const { root, problems } = render(ATTRIBUTES);
    expect(problems).to.deep.equal([]);
    expect(byTag(root, 'footer').length).to.equal(1);
    expect(metaLinksOf(root)).to.deep.equal([
      ['/accessibility', 'Accessibility statement'],
      ['/cookies', 'Cookies'],
      ['/privacy', 'Privacy'],
      ['/contact', 'Contact us'],
    ]);
    expect(textOf(oneByClass(root, 'cyd-footer__copyright'))).to.equal('© Gwernyfed County Council');
  });

  it('renders in Welsh from the page’s lang', () => {
    const attributes = Object.entries(ATTRIBUTES)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    const root = parseHTML(expandHTML(`<html lang="cy"><body><cyd-footer ${attributes}></cyd-footer></body></html>`));
    expect(metaLinksOf(root)).to.deep.equal([
      ['/hygyrchedd', 'Datganiad hygyrchedd'],
      ['/cookies', 'Cwcis'],
      ['/privacy', 'Preifatrwydd'],
      ['/contact', 'Cysylltu â ni'],
    ]);
    expect(textOf(oneByClass(root, 'cyd-footer__copyright'))).to.equal('© Cyngor Sir Gwernyfed');
  });

  it('shows only the meta links given, and no Crown copyright or licence by default', () => {
    const { root } = render({ 'privacy-href': '/privacy' });
    expect(metaLinksOf(root)).to.deep.equal([['/privacy', 'Privacy']]);
    expect(byClass(root, 'cyd-footer__copyright').length).to.equal(0);
    expect(byClass(root, 'cyd-footer__licence').length).to.equal(0);
    expect(textOf(root)).to.not.include('Crown');
  });

  it('reads meta-links, meta-heading, meta-text, licence, copyright-href and columns', () => {
    const columns = JSON.stringify([
      { heading: { en: 'Services', cy: 'Gwasanaethau' }, columns: 3, links: [{ href: '/bins', text: { en: 'Bins', cy: 'Biniau' } }] },
    ]);
    const metaLinks = JSON.stringify([{ href: '/sitemap', text: { en: 'Sitemap', cy: 'Map o’r safle' } }]);
    const { root, problems } = render(
      {
        ...ATTRIBUTES,
        'meta-links': metaLinks,
        'meta-heading': 'Support links',
        'meta-heading-cy': 'Dolenni cymorth',
        'meta-text': 'Open 9 to 5',
        'meta-text-cy': 'Ar agor 9 tan 5',
        licence: 'Licence',
        'licence-cy': 'Trwydded',
        'copyright-href': '/copyright',
        columns,
      },
      '',
      'cy',
    );
    expect(problems).to.deep.equal([]);
    expect(metaLinksOf(root).at(-1)).to.deep.equal(['/sitemap', 'Map o’r safle']);
    expect([
      attr(oneByTag(root, 'h2', { class: 'cyd-visually-hidden' }), 'class'),
      textOf(oneByTag(root, 'h2', { class: 'cyd-visually-hidden' })),
    ]).to.deep.equal(['cyd-visually-hidden', 'Dolenni cymorth']);
    expect(textOf(oneByClass(root, 'cyd-footer__meta-text'))).to.equal('Ar agor 9 tan 5');
    expect(textOf(oneByClass(root, 'cyd-footer__licence'))).to.equal('Trwydded');
    expect(attr(oneByTag(oneByClass(root, 'cyd-footer__copyright'), 'a'), 'href')).to.equal('/copyright');
    expect(textOf(oneByClass(root, 'cyd-footer__heading'))).to.equal('Gwasanaethau');
    expect(byClass(root, 'cyd-footer__list--columns-3').length).to.equal(1);
  });

  it('puts region content in its place', () => {
    const content =
      '<div data-region="navigation"><h2>More</h2></div><a data-region="meta" href="/jobs">Jobs</a><span data-region="licence">Under <a href="/l">a licence</a></span>';
    const { root, problems } = render({ ...ATTRIBUTES, licence: 'replaced' }, content);
    expect(problems).to.deep.equal([]);
    expect(textOf(oneByClass(root, 'cyd-footer__navigation-content'))).to.equal('More');
    expect(textOf(oneByClass(root, 'cyd-footer__meta-content'))).to.equal('Jobs');
    expect(textOf(oneByClass(root, 'cyd-footer__licence'))).to.equal('Under a licence');
  });

  it('reports bad columns, bad meta-links, a link with no href, content with no region and an empty footer', () => {
    expect(render({ ...ATTRIBUTES, columns: '[{"links":[{"text":"x"}],"columns":5}]' }).problems.join('\n'))
      .to.include('column 1 in columns has no heading')
      .and.to.include('"columns": 5. Use 1, 2 or 3')
      .and.to.include('needs both "href" and "text"');
    expect(render({ ...ATTRIBUTES, 'meta-links': '{"href":"/a"}' }).problems.some((p) => p.includes('meta-links must be a JSON list'))).to.equal(true);
    expect(render(ATTRIBUTES, '<p>Loose</p>').problems.some((p) => p.includes('<cyd-footer>') && p.includes('data-region'))).to.equal(true);
    expect(render({}).problems.some((p) => p.includes('<cyd-footer> has nothing to show'))).to.equal(true);
  });
});
