import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { findOne } from '../server/query.fixture.js';

const options = JSON.stringify([
  { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
  { value: 'phone', label: { en: 'Phone', cy: 'Ffôn' }, hint: { en: 'We will text you', cy: 'Byddwn yn anfon neges destun' } },
  { divider: true },
  { value: 'post', label: { en: 'Post', cy: 'Post' } },
]);

describe('server rendering: cyd-radios', () => {
  it('renders a fieldset with the question as legend and native radios, in Welsh', () => {
    const html = renderElement('cyd-radios', { name: 'contact', label: 'How?', 'label-cy': 'Sut?', options, value: 'phone', required: true }, { locale: 'cy' });
    expect(html).to.match(/<fieldset class="cyd-fieldset" id="contact-fieldset"/);
    expect(html).to.match(/<legend[^>]*>\s*Sut\?/);
    expect(html).to.match(/<input[^>]+id="contact"[^>]+type="radio"[^>]+value="email"/);
    expect(html).to.match(/<input[^>]+id="contact-2"[^>]+value="phone"[^>]+checked/);
    expect(html).to.contain('<label class="cyd-label cyd-radios__label" for="contact-2">Ffôn</label>');
    expect(html).to.contain('id="contact-2-item-hint">Byddwn yn anfon neges destun');
    expect(html).to.contain('<div class="cyd-radios__divider">neu</div>');
    expect(html).not.to.contain('lit-part');
  });

  it('shows every conditional reveal, enabled, with JavaScript off', () => {
    const page = `<form lang="en"><cyd-radios name="contact" label="How?" options='${options}'>
      <div data-reveal-for="email"><cyd-text-input name="email" label="Email address" type="email"></cyd-text-input></div>
    </cyd-radios></form>`;
    const html = expandHTML(page);
    const reveal = findOne(html, 'fieldset', { class: 'cyd-radios__conditional' });
    expect(reveal.attributes.id).to.equal('conditional-contact');
    expect(reveal.attributes).not.to.have.any.keys('hidden', 'disabled');
    expect(html, 'the nested field is rendered too').to.contain('<label class="cyd-label" for="email">Email address</label>');
    expect(html).not.to.contain('aria-controls', 'aria-controls only once a script can hide the content');
  });

  it('renders a server error on the group, marking each radio invalid', () => {
    const html = renderElement('cyd-radios', { name: 'contact', label: 'How?', options, error: 'Select how', 'error-cy': 'Dewiswch sut' }, { locale: 'cy' });
    expect(html).to.contain('cyd-form-group--error');
    expect(html).to.contain('<span class="cyd-visually-hidden">Gwall:</span> Dewiswch sut');
    expect(html).to.match(/<fieldset[^>]+aria-describedby="contact-fieldset-error"/);
    expect(html.match(/aria-invalid="true"/g)!.length).to.equal(3);
  });

  it('renders Welsh yes/no answers and reports the Ie/Na fallback', () => {
    const problems: string[] = [];
    const good = renderElement('cyd-radios', { name: 'wales', label: 'Do you live in Wales?', 'label-cy': "Ydych chi'n byw yng Nghymru?", 'yes-no': true, 'yes-cy': 'Ydw', 'no-cy': 'Nac ydw' }, { locale: 'cy', onProblem: (p) => problems.push(p) });
    expect(good).to.contain('>Ydw</label>');
    expect(good).to.contain('>Nac ydw</label>');
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
