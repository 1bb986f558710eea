import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import {
  attr,
  attrs,
  byClass,
  byId,
  byTag,
  classes,
  commentsOf,
  nextElement,
  oneByClass,
  oneByTag,
  parseHTML,
  queryAll,
  textOf,
} from '../../../../test/support/html.js';

const options = JSON.stringify([
  { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
  { value: 'phone', label: { en: 'Phone', cy: 'Ffôn' }, hint: { en: 'We will text you', cy: 'Byddwn yn anfon neges destun' } },
  { divider: true },
  { value: 'post', label: { en: 'Post', cy: 'Post' } },
]);

describe('server rendering: cyd-radios', () => {
  it('renders a fieldset with the question as legend and native radios, in Welsh', () => {
    const root = parseHTML(
      renderElement('cyd-radios', { name: 'contact', label: 'How?', 'label-cy': 'Sut?', options, value: 'phone', required: true }, { locale: 'cy' }),
    );
    const fieldset = oneByTag(root, 'fieldset');
    expect([classes(fieldset), attr(fieldset, 'id')]).to.deep.equal([['cyd-fieldset'], 'contact-fieldset']);
    expect(textOf(oneByTag(fieldset, 'legend'))).to.equal('Sut?');
    expect(
      byTag(fieldset, 'input').map((input) => [
        attr(input, 'id'),
        attr(input, 'name'),
        attr(input, 'type'),
        attr(input, 'value'),
        input.attributes.has('checked'),
      ]),
    ).to.deep.equal([
      ['contact', 'contact', 'radio', 'email', false],
      ['contact-2', 'contact', 'radio', 'phone', true],
      ['contact-3', 'contact', 'radio', 'post', false],
    ]);
    expect(byTag(fieldset, 'label').map((label) => [classes(label), attr(label, 'for'), textOf(label)])).to.deep.equal([
      [['cyd-label', 'cyd-radios__label'], 'contact', 'E-bost'],
      [['cyd-label', 'cyd-radios__label'], 'contact-2', 'Ffôn'],
      [['cyd-label', 'cyd-radios__label'], 'contact-3', 'Post'],
    ]);
    expect(textOf(byId(root, 'contact-2-item-hint'))).to.equal('Byddwn yn anfon neges destun');
    expect(attr(byId(root, 'contact-2'), 'aria-describedby')).to.equal('contact-2-item-hint');
    const divider = oneByClass(root, 'cyd-radios__divider');
    expect([divider.tag, textOf(divider)]).to.deep.equal(['div', 'neu']);
    const afterDivider = nextElement(divider);
    expect(afterDivider && attr(oneByTag(afterDivider, 'input'), 'value'), 'the divider comes before the option after it').to.equal('post');
    expect(commentsOf(root), 'no Lit markers').to.deep.equal([]);
  });

  it('shows every conditional reveal, enabled, with JavaScript off', () => {
    const page = `<form lang="en"><cyd-radios name="contact" label="How?" options='${options}'>
      <div data-reveal-for="email"><cyd-text-input name="email" label="Email address" type="email"></cyd-text-input></div>
    </cyd-radios></form>`;
    const root = parseHTML(expandHTML(page));
    const reveal = oneByTag(root, 'fieldset', { class: 'cyd-radios__conditional' });
    expect(attr(reveal, 'id')).to.equal('conditional-contact');
    expect(attrs(reveal)).not.to.have.any.keys('hidden', 'disabled');
    const nestedLabel = oneByTag(reveal, 'label', { for: 'email' });
    expect([attrs(nestedLabel), textOf(nestedLabel)], 'the nested field is rendered too').to.deep.equal([
      { class: 'cyd-label', for: 'email' },
      'Email address',
    ]);
    expect(attr(oneByTag(reveal, 'input'), 'name')).to.equal('email');
    expect(
      queryAll(root, (element) => element.attributes.has('aria-controls')),
      'aria-controls only once a script can hide the content',
    ).to.deep.equal([]);
  });

  it('renders a server error on the group, marking each radio invalid', () => {
    const root = parseHTML(
      renderElement('cyd-radios', { name: 'contact', label: 'How?', options, error: 'Select how', 'error-cy': 'Dewiswch sut' }, { locale: 'cy' }),
    );
    expect(byClass(root, 'cyd-form-group--error').map(classes)).to.deep.equal([['cyd-form-group', 'cyd-form-group--error']]);
    const message = byId(root, 'contact-fieldset-error');
    expect(textOf(message)).to.equal('Gwall: Dewiswch sut');
    expect(textOf(oneByClass(message, 'cyd-visually-hidden'))).to.equal('Gwall:');
    expect(attr(oneByTag(root, 'fieldset'), 'aria-describedby')).to.equal('contact-fieldset-error');
    expect(byTag(root, 'input').map((input) => attr(input, 'aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
    expect(
      queryAll(root, (element) => element.attributes.has('aria-invalid')),
      'only the radios are marked',
    ).to.have.length(3);
  });

  it('renders Welsh yes/no answers and reports the Ie/Na fallback', () => {
    const problems: string[] = [];
    const good = parseHTML(
      renderElement(
        'cyd-radios',
        { name: 'wales', label: 'Do you live in Wales?', 'label-cy': "Ydych chi'n byw yng Nghymru?", 'yes-no': true, 'yes-cy': 'Ydw', 'no-cy': 'Nac ydw' },
        { locale: 'cy', onProblem: (p) => problems.push(p) },
      ),
    );
    expect(byTag(good, 'label').map(textOf)).to.deep.equal(['Ydw', 'Nac ydw']);
    expect(problems).to.deep.equal([]);
    renderElement('cyd-radios', { name: 'wales', label: 'Wales?', 'yes-no': true }, { locale: 'cy', onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('no Welsh answers'))).to.equal(true);
  });

  it('reports content for an option that does not exist', () => {
    const problems: string[] = [];
    expandHTML(`<cyd-radios name="c" label="C" options='${options}'><div data-reveal-for="fax">Fax</div></cyd-radios>`, { onProblem: (p) => problems.push(p) });
    expect(problems.some((p) => p.includes('data-reveal-for="fax" has no place'))).to.equal(true);
  });
});
