import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';

describe('cyd-button on the server', () => {
  it('renders a native submit button with the author’s content, name and value', () => {
    const html = renderElement('cyd-button', { name: 'action', value: 'save' }, { content: 'Cadw a pharhau' });
    expect(html).to.match(/<button class="cyd-button"[^>]*type="submit"/);
    expect(html).to.match(/<button[^>]+name="action"[^>]+value="save"/);
    expect(html).to.contain('<span class="cyd-button__content" data-cyd-content>Cadw a pharhau</span>');
    expect(html).not.to.contain('lit-part');
  });

  it('uses text / text-cy in the language its ancestors give', () => {
    const html = expandHTML('<div lang="cy"><cyd-button text="Continue" text-cy="Parhau"></cyd-button></div><cyd-button text="Continue" text-cy="Parhau"></cyd-button>');
    expect(html).to.match(/<button[^>]*>Parhau/);
    expect(html).to.match(/<button[^>]*>Continue/);
  });

  it('renders a link button as a draggable=false link with no button role, and a start button’s hidden arrow', () => {
    const html = renderElement('cyd-button', { href: '/apply', start: true, text: 'Start now' });
    expect(html).to.match(/<a class="cyd-button cyd-button--start" href="\/apply" draggable="false"/);
    expect(html).not.to.contain('role=');
    expect(html).to.match(/<svg[^>]+aria-hidden="true"[^>]+focusable="false"/);
  });

  it('renders disabled natively and the variant class', () => {
    const html = renderElement('cyd-button', { disabled: true, variant: 'warning', type: 'button', text: 'Delete' });
    expect(html).to.match(/<button class="cyd-button cyd-button--warning"[^>]+disabled/);
  });

  it('reports a disabled link and an unknown variant', () => {
    const problems: string[] = [];
    expandHTML('<cyd-button href="/x" disabled variant="danger">Go</cyd-button>', { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('cannot be disabled'))).to.equal(true);
    expect(problems.some((p) => p.includes('variant="danger" is not allowed'))).to.equal(true);
  });
});
