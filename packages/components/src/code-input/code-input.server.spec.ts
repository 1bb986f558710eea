import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, attrs, byTag, oneByClass, oneByTag, parseHTML, textOf } from '../../../../test/support/html.js';

describe('cyd-code-input server render', () => {
  it('renders the whole field with JavaScript off: label, hint with the expiry, box, resend link', () => {
    const problems: string[] = [];
    const root = parseHTML(
      renderElement(
        'cyd-code-input',
        { name: 'code', hint: 'We sent it to your phone', 'hint-cy': 'Rydym wedi’i anfon i’ch ffôn', 'expires-in': '2', 'resend-href': '/resend-code' },
        { locale: 'cy', onProblem: (problem: string) => problems.push(problem) },
      ),
    );
    expect(problems).to.deep.equal([]);
    expect(textOf(oneByTag(root, 'label'))).to.equal('Cod diogelwch');
    expect(attrs(oneByTag(root, 'input'))).to.include({
      id: 'code',
      name: 'code',
      type: 'text',
      autocomplete: 'one-time-code',
      inputmode: 'numeric',
      required: '',
      'aria-describedby': 'code-hint',
    });
    expect(textOf(oneByClass(root, 'cyd-code-input__expiry'))).to.equal('Bydd y cod yn dod i ben mewn 2 funud');
    expect(textOf(oneByTag(root, 'summary'))).to.equal('Problemau gyda’r cod?');
    const link = oneByTag(oneByTag(root, 'details'), 'a');
    expect([attr(link, 'href'), textOf(link)]).to.deep.equal(['/resend-code', 'Anfon cod newydd']);
  });

  it('shows a server’s error in the page’s language, tied to the box', () => {
    const root = parseHTML(
      expandHTML(
        '<form lang="en" method="post" novalidate><cyd-code-input name="code" error="The security code must be 6 digits" error-cy="Rhaid i’r cod diogelwch fod yn 6 digid"></cyd-code-input></form>',
      ),
    );
    const error = oneByClass(root, 'cyd-error-message');
    expect(textOf(error)).to.equal('Error: The security code must be 6 digits');
    const input = oneByTag(root, 'input');
    expect(attr(input, 'aria-invalid')).to.equal('true');
    expect(attr(input, 'aria-describedby')).to.equal(attr(error, 'id'));
  });

  it('renders no resend link for an unsafe URL, and tells the developer', () => {
    const problems: string[] = [];
    const root = parseHTML(
      renderElement('cyd-code-input', { name: 'code', 'resend-href': 'JaVaScRiPt:alert(1)' }, { onProblem: (problem: string) => problems.push(problem) }),
    );
    expect(attr(oneByTag(oneByTag(root, 'details'), 'a'), 'href')).to.equal('#');
    expect(problems.some((problem) => problem.includes('resend-href') && problem.includes('not a safe link'))).to.equal(true);
  });

  it('has no details and no expiry unless asked', () => {
    const root = parseHTML(renderElement('cyd-code-input', { name: 'code', label: 'Enter the code', 'label-cy': 'Rhowch y cod' }));
    expect(byTag(root, 'details')).to.deep.equal([]);
    expect(byTag(root, 'div').filter((div) => attr(div, 'class') === 'cyd-hint')).to.deep.equal([]);
    expect(textOf(oneByTag(root, 'label'))).to.equal('Enter the code');
  });
});
