import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const ATTRIBUTES = {
  organisation: 'Gwernyfed County Council',
  'organisation-cy': 'Cyngor Sir Gwernyfed',
  'organisation-href': '/',
  'service-name': 'Apply for a parking permit',
  'service-name-cy': 'Gwneud cais am drwydded barcio',
  'service-href': '/parking',
  'service-href-cy': '/parcio',
};

const CONTENT = `<img data-region="logo" src="/logo.svg" alt="" width="40" height="40">
  <a data-region="account" href="/sign-out">Sign out</a>
  <ul data-region="navigation"><li><a href="/permits">Permits</a></li></ul>`;

function render(locale: 'en' | 'cy', attributes: Record<string, string | boolean> = ATTRIBUTES, content = CONTENT) {
  const problems: string[] = [];
  const html = renderElement('cyd-header', attributes, { locale, content, onProblem: (p) => problems.push(p) });
  return { root: parseHTML(html), problems };
}

describe('cyd-header on the server', () => {
  it('renders a banner with the organisation and the service link, in English', () => {
    const { root, problems } = render('en');
    expect(problems).to.deep.equal([]);
    expect(byTag(root, 'header').length).to.equal(1);
    const organisation = oneByClass(root, 'cyd-header__organisation');
    expect([attr(organisation, 'href'), textOf(organisation)]).to.deep.equal(['/', 'Gwernyfed County Council']);
    const service = oneByClass(root, 'cyd-header__service-name');
    expect([attr(service, 'href'), textOf(service)]).to.deep.equal(['/parking', 'Apply for a parking permit']);
    expect(attr(oneByTag(root, 'nav'), 'aria-label')).to.equal('Menu');
  });

  it('renders in Welsh from the page’s lang, with the Welsh address', () => {
    const html = expandHTML(
      `<div lang="cy"><cyd-header ${Object.entries(ATTRIBUTES)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')}>${CONTENT}</cyd-header></div>`,
    );
    const root = parseHTML(html);
    expect(textOf(oneByClass(root, 'cyd-header__organisation'))).to.equal('Cyngor Sir Gwernyfed');
    const service = oneByClass(root, 'cyd-header__service-name');
    expect([attr(service, 'href'), textOf(service)]).to.deep.equal(['/parcio', 'Gwneud cais am drwydded barcio']);
    expect(attr(oneByTag(root, 'nav'), 'aria-label')).to.equal('Dewislen');
    expect(textOf(oneByClass(root, 'cyd-header__menu-button'))).to.equal('Dewislen');
  });

  it('puts each region in its place and, with JavaScript off, shows every link with the button hidden', () => {
    const { root } = render('en');
    expect(attr(oneByClass(root, 'cyd-header__logo'), 'data-cyd-content')).to.equal('logo');
    expect(textOf(oneByClass(root, 'cyd-header__account'))).to.equal('Sign out');
    const menu = oneByClass(root, 'cyd-header__menu');
    expect(attr(menu, 'hidden')).to.equal(undefined);
    expect(byTag(menu, 'a').length).to.equal(1);
    const button = oneByClass(root, 'cyd-header__menu-button');
    expect(attr(button, 'hidden')).to.equal('');
    expect(attr(button, 'aria-controls')).to.equal(attr(menu, 'id'));
  });

  it('reads its attributes: no-banner, navigation-id, menu words', () => {
    const { root } = render('cy', {
      ...ATTRIBUTES,
      'no-banner': true,
      'navigation-id': 'prif-ddewislen',
      'menu-button-text': 'Menu',
      'menu-button-text-cy': 'Dolenni',
    });
    expect(byTag(root, 'header').length).to.equal(0);
    expect(attr(oneByClass(root, 'cyd-header__menu'), 'id')).to.equal('prif-ddewislen');
    expect(textOf(oneByClass(root, 'cyd-header__menu-button'))).to.equal('Dolenni');
  });

  it('leaves out the service and the menu when not given', () => {
    const { root, problems } = render('en', { organisation: 'Gwernyfed County Council' }, '');
    expect(problems).to.deep.equal([]);
    expect(byTag(root, 'nav').length).to.equal(0);
    expect(byTag(root, 'a').length, 'the organisation is plain text without an address').to.equal(0);
  });

  it('reports a missing organisation, a service link with no name and content with no region', () => {
    const { problems } = render('en', { 'service-href': '/parking' }, '<p>Loose</p>');
    expect(problems.some((p) => p.includes('<cyd-header> has no organisation') && p.includes('organisation-cy'))).to.equal(true);
    expect(problems.some((p) => p.includes('service-href but no service-name'))).to.equal(true);
    expect(problems.some((p) => p.includes('<cyd-header>') && p.includes('data-region'))).to.equal(true);
  });
});
