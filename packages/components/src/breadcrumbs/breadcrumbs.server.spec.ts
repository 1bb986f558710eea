import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byTag, classes, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

const trail =
  '<a href="/" data-text-cy="Hafan">Home</a><a href="/services" data-href-cy="/gwasanaethau" data-text-cy="Gwasanaethau">Services</a><span data-text-cy="Parcio">Parking</span>';

function render(html: string, locale: 'en' | 'cy' = 'en') {
  const root = parseHTML(expandHTML(html, { locale }));
  const nav = oneByTag(root, 'nav');
  return { root, nav, items: byTag(nav, 'li') };
}

describe('cyd-breadcrumbs on the server', () => {
  it('is a navigation landmark named “Breadcrumb” / “Briwsion bara” in the page’s language', () => {
    expect(attr(render(`<cyd-breadcrumbs>${trail}</cyd-breadcrumbs>`).nav, 'aria-label')).to.equal('Breadcrumb');
    expect(attr(render(`<div lang="cy"><cyd-breadcrumbs>${trail}</cyd-breadcrumbs></div>`).nav, 'aria-label')).to.equal('Briwsion bara');
    expect(
      attr(render(`<cyd-breadcrumbs label-text="Where you are" label-text-cy="Lle rydych chi">${trail}</cyd-breadcrumbs>`, 'cy').nav, 'aria-label'),
    ).to.equal('Lle rydych chi');
  });

  it('reads the child links as items, in each language, the last without a link as the current page', () => {
    const english = render(`<cyd-breadcrumbs>${trail}</cyd-breadcrumbs>`);
    expect(english.items.map(textOf)).to.deep.equal(['Home', 'Services', 'Parking']);
    expect(byTag(english.nav, 'a').map((a) => attr(a, 'href'))).to.deep.equal(['/', '/services']);
    expect(english.items.map((li) => attr(li, 'aria-current'))).to.deep.equal([undefined, undefined, 'page']);
    const welsh = render(`<cyd-breadcrumbs>${trail}</cyd-breadcrumbs>`, 'cy');
    expect(welsh.items.map(textOf)).to.deep.equal(['Hafan', 'Gwasanaethau', 'Parcio']);
    expect(byTag(welsh.nav, 'a').map((a) => attr(a, 'href'))).to.deep.equal(['/', '/gwasanaethau']);
  });

  it('takes items as JSON, and marks a linked current page', () => {
    const items = JSON.stringify([
      { text: { en: 'Home', cy: 'Hafan' }, href: '/' },
      { text: { en: 'Bins', cy: 'Biniau' }, href: '/bins', current: true },
    ]);
    const { nav } = render(`<cyd-breadcrumbs items='${items}'></cyd-breadcrumbs>`, 'cy');
    const links = byTag(nav, 'a');
    expect(links.map(textOf)).to.deep.equal(['Hafan', 'Biniau']);
    expect(links.map((a) => attr(a, 'aria-current'))).to.deep.equal([undefined, 'page']);
  });

  it('adds the collapse class with collapse-on-mobile', () => {
    expect(classes(render(`<cyd-breadcrumbs collapse-on-mobile>${trail}</cyd-breadcrumbs>`).nav)).to.deep.equal([
      'cyd-breadcrumbs',
      'cyd-breadcrumbs--collapse-on-mobile',
    ]);
  });

  it('reports no items, and an unlinked item that is not the last', () => {
    const problems: string[] = [];
    renderElement('cyd-breadcrumbs', {}, { onProblem: (p) => problems.push(p) });
    renderElement('cyd-breadcrumbs', {}, { content: '<span>Home</span><a href="/x">X</a>', onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('<cyd-breadcrumbs> has no items'))).to.equal(true);
    expect(problems.some((p) => p.includes('item 1 ("Home") has no href'))).to.equal(true);
  });
});
