import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';

describe('cyd-textarea server render', () => {
  it('renders a labelled native textarea that submits with JavaScript off', () => {
    const html = renderElement('cyd-textarea', { name: 'details', label: 'Details', 'label-cy': 'Manylion', hint: 'Say what happened', 'hint-cy': 'Dywedwch beth ddigwyddodd', rows: 8, required: true }, { locale: 'cy' });
    expect(html).to.contain('<label class="cyd-label" for="details">Manylion</label>');
    expect(html).to.match(/<textarea[^>]+name="details"/);
    expect(html).to.match(/<textarea[^>]+rows="8"/);
    expect(html).to.match(/<textarea[^>]+aria-describedby="details-hint"/);
    expect(html).to.match(/<textarea[^>]+required/);
    expect(html).not.to.contain('lit-part');
  });

  it('puts the value attribute in as the textarea’s text, escaped, keeping a leading line break', () => {
    const html = renderElement('cyd-textarea', { name: 'details', label: 'Details', value: '\n<b>Tom & Siân</b>' });
    expect(html).to.match(/<textarea[^>]*>\n\n&lt;b&gt;Tom &amp; Siân&lt;\/b&gt;<\/textarea>/);
  });

  it('shows a server error in the language of the page', () => {
    const html = expandHTML('<div lang="cy"><cyd-textarea name="d" label="Details" label-cy="Manylion" error="Enter details" error-cy="Rhowch fanylion"></cyd-textarea></div>');
    expect(html).to.contain('Gwall:</span> Rhowch fanylion');
    expect(html).to.match(/<textarea[^>]+aria-invalid="true"/);
    expect(html).to.contain('cyd-form-group--error');
  });
});
