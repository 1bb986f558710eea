import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byTag, classes, commentsOf, oneByTag, parseHTML, queryAll, rawTextOf, textOf } from '../../../../test/support/html.js';

describe('cyd-button on the server', () => {
  it('renders a native submit button with the author’s content, name and value', () => {
    const root = parseHTML(renderElement('cyd-button', { name: 'action', value: 'save' }, { content: 'Cadw a pharhau' }));
    const button = oneByTag(root, 'button');
    expect(classes(button)).to.deep.equal(['cyd-button']);
    expect([attr(button, 'type'), attr(button, 'name'), attr(button, 'value')]).to.deep.equal(['submit', 'action', 'save']);
    const content = oneByTag(button, 'span', { class: 'cyd-button__content' });
    expect(attr(content, 'data-cyd-content')).to.equal('');
    expect(rawTextOf(content)).to.equal('Cadw a pharhau');
    expect(commentsOf(root), 'no Lit markers').to.deep.equal([]);
  });

  it('uses text / text-cy in the language its ancestors give', () => {
    const root = parseHTML(
      expandHTML('<div lang="cy"><cyd-button text="Continue" text-cy="Parhau"></cyd-button></div><cyd-button text="Continue" text-cy="Parhau"></cyd-button>'),
    );
    expect(byTag(root, 'button').map(textOf)).to.deep.equal(['Parhau', 'Continue']);
  });

  it('renders a link button as a draggable=false link with no button role, and a start button’s hidden arrow', () => {
    const root = parseHTML(renderElement('cyd-button', { href: '/apply', start: true, text: 'Start now' }));
    const link = oneByTag(root, 'a');
    expect(classes(link)).to.deep.equal(['cyd-button', 'cyd-button--start']);
    expect([attr(link, 'href'), attr(link, 'draggable')]).to.deep.equal(['/apply', 'false']);
    expect(byTag(root, 'button')).to.deep.equal([]);
    expect(queryAll(root, (element) => element.attributes.has('role'))).to.deep.equal([]);
    const arrow = oneByTag(link, 'svg');
    expect([attr(arrow, 'aria-hidden'), attr(arrow, 'focusable')]).to.deep.equal(['true', 'false']);
  });

  it('renders disabled natively and the variant class', () => {
    const button = oneByTag(parseHTML(renderElement('cyd-button', { disabled: true, variant: 'warning', type: 'button', text: 'Delete' })), 'button');
    expect(classes(button)).to.deep.equal(['cyd-button', 'cyd-button--warning']);
    expect(attr(button, 'disabled')).to.equal('');
    expect(attr(button, 'type')).to.equal('button');
  });

  it('reports a disabled link and an unknown variant', () => {
    const problems: string[] = [];
    expandHTML('<cyd-button href="/x" disabled variant="danger">Go</cyd-button>', { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('cannot be disabled'))).to.equal(true);
    expect(problems.some((p) => p.includes('variant="danger" is not allowed'))).to.equal(true);
  });
});
