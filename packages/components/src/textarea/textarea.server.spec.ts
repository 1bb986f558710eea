import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byClass, byTag, classes, commentsOf, oneByClass, oneByTag, parseHTML, rawTextOf, textOf } from '../../../../test/support/html.js';

describe('cyd-textarea server render', () => {
  it('renders a labelled native textarea that submits with JavaScript off', () => {
    const root = parseHTML(
      renderElement(
        'cyd-textarea',
        {
          name: 'details',
          label: 'Details',
          'label-cy': 'Manylion',
          hint: 'Say what happened',
          'hint-cy': 'Dywedwch beth ddigwyddodd',
          rows: 8,
          required: true,
        },
        { locale: 'cy' },
      ),
    );
    const label = oneByTag(root, 'label');
    expect([attrs(label), textOf(label)]).to.deep.equal([{ class: 'cyd-label', for: 'details' }, 'Manylion']);
    expect(attrs(oneByTag(root, 'textarea'))).to.include({ id: 'details', name: 'details', rows: '8', 'aria-describedby': 'details-hint', required: '' });
    expect(textOf(oneByTag(root, 'div', { id: 'details-hint' }))).to.equal('Dywedwch beth ddigwyddodd');
    expect(commentsOf(root), 'no Lit markers').to.deep.equal([]);
  });

  it('puts the value attribute in as the textarea’s text, escaped, keeping a leading line break', () => {
    // Inside a textarea only "</textarea>" and character references mean anything to the parser, so the value has both.
    const value = '\n<b>Tom &amp; Siân</b></textarea><script>alert(1)</script>';
    const root = parseHTML(renderElement('cyd-textarea', { name: 'details', label: 'Details', value }));
    expect(rawTextOf(oneByTag(root, 'textarea'))).to.equal(value);
    expect(byTag(root, 'script')).to.deep.equal([]);
  });

  it('shows a server error in the language of the page', () => {
    const root = parseHTML(
      expandHTML(
        '<div lang="cy"><cyd-textarea name="d" label="Details" label-cy="Manylion" error="Enter details" error-cy="Rhowch fanylion"></cyd-textarea></div>',
      ),
    );
    const message = oneByClass(root, 'cyd-error-message');
    expect(textOf(message)).to.equal('Gwall: Rhowch fanylion');
    expect(textOf(oneByClass(message, 'cyd-visually-hidden'))).to.equal('Gwall:');
    const textarea = oneByTag(root, 'textarea');
    expect([attr(textarea, 'aria-invalid'), attr(textarea, 'aria-describedby')]).to.deep.equal(['true', attr(message, 'id')]);
    expect(byClass(root, 'cyd-form-group--error').map(classes)).to.deep.equal([['cyd-form-group', 'cyd-form-group--error']]);
  });
});
