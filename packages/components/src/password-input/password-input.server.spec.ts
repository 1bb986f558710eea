import { expect } from 'chai';
import { renderElement } from '../server.js';

describe('cyd-password-input server render', () => {
  it('renders a password field with no toggle, since it could not work with JavaScript off', () => {
    const html = renderElement('cyd-password-input', { name: 'password', label: 'Password', 'label-cy': 'Cyfrinair', autocomplete: 'new-password' }, { locale: 'cy' });
    expect(html).to.contain('<label class="cyd-label" for="password">Cyfrinair</label>');
    expect(html).to.match(/<input[^>]+type="password"/);
    expect(html).to.match(/<input[^>]+autocomplete="new-password"/);
    expect(html).to.match(/<input[^>]+spellcheck="false"/);
    expect(html).to.match(/<input[^>]+autocapitalize="none"/);
    expect(html).not.to.contain('<button');
    expect(html).not.to.contain('aria-live');
  });

  it('never writes a password into the HTML', () => {
    const html = renderElement('cyd-password-input', { name: 'password', label: 'Password', value: 'secret' });
    expect(html).not.to.match(/<input[^>]+value=/);
  });
});
