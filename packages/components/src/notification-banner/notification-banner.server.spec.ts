import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attrs, elementChildren, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-notification-banner on the server', () => {
  it('renders an important banner as a region named by its title, in each language', () => {
    const markup = '<cyd-notification-banner text="You have 7 days left." text-cy="Mae gennych 7 diwrnod ar ôl."></cyd-notification-banner>';
    const english = parseHTML(expandHTML(`<main lang="en">${markup}</main>`));
    expect(attrs(oneByClass(english, 'cyd-notification-banner'))).to.deep.equal({
      class: 'cyd-notification-banner',
      role: 'region',
      'aria-labelledby': 'cyd-notification-banner-title',
      'data-cyd-root': '',
    });
    const title = oneByTag(english, 'h2');
    expect([attrs(title), textOf(title)]).to.deep.equal([{ class: 'cyd-notification-banner__title', id: 'cyd-notification-banner-title' }, 'Important']);
    expect(textOf(oneByClass(english, 'cyd-notification-banner__heading'))).to.equal('You have 7 days left.');
    const welsh = parseHTML(expandHTML(`<main lang="cy">${markup}</main>`));
    expect(textOf(oneByTag(welsh, 'h2'))).to.equal('Pwysig');
    expect(textOf(oneByClass(welsh, 'cyd-notification-banner__heading'))).to.equal('Mae gennych 7 diwrnod ar ôl.');
  });

  it('renders a success banner as an alert titled "Success" / "Llwyddiant", with the author’s heading', () => {
    const root = parseHTML(
      expandHTML(
        '<div lang="cy"><cyd-notification-banner type="success"><h3 class="cyd-notification-banner__heading">Anfonwyd</h3></cyd-notification-banner></div>',
      ),
    );
    const banner = oneByClass(root, 'cyd-notification-banner');
    expect(attrs(banner)).to.include({
      class: 'cyd-notification-banner cyd-notification-banner--success',
      role: 'alert',
      'aria-labelledby': 'cyd-notification-banner-success-title',
    });
    expect(textOf(oneByTag(root, 'h2'))).to.equal('Llwyddiant');
    expect(elementChildren(oneByClass(root, 'cyd-notification-banner__author-content')).map((e) => textOf(e))).to.deep.equal(['Anfonwyd']);
  });

  it('reads title-text, title-heading-level, title-id and banner-role', () => {
    const root = parseHTML(
      renderElement(
        'cyd-notification-banner',
        { 'title-text': 'Update', 'title-text-cy': 'Diweddariad', 'title-heading-level': 3, 'title-id': 'update', 'banner-role': 'status' },
        { locale: 'cy' },
      ),
    );
    expect(attrs(oneByClass(root, 'cyd-notification-banner'))).to.include({ role: 'status', 'aria-labelledby': 'update' });
    expect([attrs(oneByTag(root, 'h3')).id, textOf(oneByTag(root, 'h3'))]).to.deep.equal(['update', 'Diweddariad']);
  });

  it('reports a heading level out of range and an unknown type', () => {
    const problems: string[] = [];
    renderElement('cyd-notification-banner', { type: 'warning', 'title-heading-level': 0 }, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('type="warning"'))).to.equal(true);
    expect(problems.some((p) => p.includes('title-heading-level="0"'))).to.equal(true);
  });
});
