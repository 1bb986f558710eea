import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../date-input/define.js';
import type { CydDateInput } from './date-input.js';
import { controlMarkup, formControlSuite, type ControlHandle } from '../../../../test/suites/form-control.js';
import { expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

/** Types a date into the three boxes as a person would; '' parts are left blank. */
async function typeDate(element: ControlHandle | CydDateInput, day: string, month: string, year: string) {
  const boxes = (element as ControlHandle).controls as HTMLInputElement[];
  for (const [box, text] of [
    [boxes[0]!, day],
    [boxes[1]!, month],
    [boxes[2]!, year],
  ] as const) {
    box.focus();
    box.select();
    if (text) await sendKeys({ type: text });
    else await sendKeys({ press: 'Backspace' });
  }
  await settled(element as HTMLElement);
}

formControlSuite({
  tag: 'cyd-date-input',
  markup: (a) => controlMarkup('cyd-date-input', a, { 'iso-name': a.name }),
  answer: (el, iso) => {
    const [year, month, day] = iso.split('-');
    return typeDate(el, day!, month!, year!);
  },
  validAnswer: '1990-03-01',
  requiredMessage: { en: 'Enter a date', cy: 'Rhowch ddyddiad' },
  role: 'group',
  defaultAnswer: { value: '2001-12-25' },
  answerKeepsFocus: true,
  firstControlId: (id) => `${id}-day`,
});

async function dobForm(lang = 'en') {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <cyd-date-input name="dob" label="What is your date of birth?" label-cy="Beth yw eich dyddiad geni?"
      hint="For example, 27 3 2007" hint-cy="Er enghraifft, 27 3 2007" autocomplete="bday" iso-name="date-of-birth" required></cyd-date-input>
    <button>Continue</button>
  </form>`);
  await settled(form);
  return { form, date: form.querySelector('cyd-date-input')! };
}

const wrongBoxes = (date: CydDateInput) =>
  [...date.querySelectorAll('input')].filter((i) => i.getAttribute('aria-invalid') === 'true' && i.classList.contains('cyd-input--error')).map((i) => i.id);

describe('cyd-date-input', () => {
  it('renders Day/Month/Year boxes with numeric keyboards, widths, names and bday autocomplete', async () => {
    const { form, date } = await dobForm('cy');
    const boxes = [...date.querySelectorAll('input')];
    expect(boxes.map((b) => b.name)).to.deep.equal(['dob-day', 'dob-month', 'dob-year']);
    expect(boxes.map((b) => b.getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(boxes.every((b) => b.inputMode === 'numeric' && b.type === 'text')).to.equal(true);
    expect(boxes.map((b) => [...b.classList].find((c) => c.startsWith('cyd-input--width-')))).to.deep.equal([
      'cyd-input--width-2',
      'cyd-input--width-2',
      'cyd-input--width-4',
    ]);
    expect([...date.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Diwrnod', 'Mis', 'Blwyddyn']);
    await switchLanguage(form, 'en');
    expect([...date.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Day', 'Month', 'Year']);
  });

  it('names the missing part and highlights only that box, in both languages', async () => {
    const { form, date } = await dobForm();
    await typeDate(date, '12', '', '1990');
    expect(await trySubmit(form)).to.equal(null);
    expect(date.errorMessage).to.equal('Date of birth must include a month');
    expect(wrongBoxes(date)).to.deep.equal(['dob-month']);
    expect(date.problem!.target).to.equal(date.querySelector('#dob-month'));
    await switchLanguage(form, 'cy');
    expect(date.errorMessage).to.equal('Rhaid i’r dyddiad geni gynnwys mis'.replace('’', "'"));
  });

  it('says a date that does not exist must be real, highlighting the wrong part', async () => {
    const { form, date } = await dobForm();
    await typeDate(date, '31', '2', '1990');
    expect(await trySubmit(form)).to.equal(null);
    expect(date.errorMessage).to.equal('Date of birth must be a real date');
    expect(wrongBoxes(date)).to.deep.equal(['dob-day']);
  });

  it('says a date of birth must be in the past', async () => {
    const { form, date } = await dobForm('cy');
    const next = new Date().getFullYear() + 1;
    await typeDate(date, '1', '1', String(next));
    expect(await trySubmit(form)).to.equal(null);
    expect(date.errorMessage).to.equal('Rhaid i’r dyddiad geni fod yn y gorffennol'.replace('’', "'"));
    expect(wrongBoxes(date)).to.deep.equal(['dob-day', 'dob-month', 'dob-year']);
  });

  it('asks for the whole date of birth when required and blank', async () => {
    const { form, date } = await dobForm('cy');
    expect(await trySubmit(form)).to.equal(null);
    expect(date.errorMessage).to.equal('Rhowch eich dyddiad geni');
    expect(date.problem!.target).to.equal(date.querySelector('#dob-day'));
  });

  it('moves the highlight on the next submit when the person fixes one part and another is still wrong', async () => {
    const { form, date } = await dobForm();
    await typeDate(date, '', '', '1990');
    await trySubmit(form);
    expect(wrongBoxes(date)).to.deep.equal(['dob-day', 'dob-month']);
    expect(date.errorMessage).to.equal('Date of birth must include a day and month');
    await typeDate(date, '5', '', '1990');
    expect(wrongBoxes(date), 'typing changes nothing shown').to.deep.equal(['dob-day', 'dob-month']);
    await trySubmit(form);
    expect(wrongBoxes(date)).to.deep.equal(['dob-month']);
  });

  it('submits the parts by name and the ISO date under iso-name through the formdata event, with no hidden input', async () => {
    const { form, date } = await dobForm();
    await typeDate(date, '1', '3', '1990');
    const data = await trySubmit(form);
    expect(data!.get('dob-day')).to.equal('1');
    expect(data!.get('dob-month')).to.equal('3');
    expect(data!.get('dob-year')).to.equal('1990');
    expect(data!.get('date-of-birth')).to.equal('1990-03-01');
    expect(date.value).to.equal('1990-03-01');
    expect(form.querySelectorAll('input[type="hidden"]').length).to.equal(0);
  });

  it('checks min, max, past and future with its own messages', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="cy">
      <cyd-date-input name="start" label="Start date" label-cy="Dyddiad dechrau" min="2024-01-01" max="2024-12-31"></cyd-date-input>
      <cyd-date-input name="appointment" label="Appointment" label-cy="Apwyntiad" future></cyd-date-input></form>`);
    const [start, appointment] = [...form.querySelectorAll('cyd-date-input')];
    await settled(form);
    start!.value = '2023-12-31';
    appointment!.value = '2000-01-01';
    await settled(form);
    expect(await trySubmit(form)).to.equal(null);
    expect(start!.errorMessage).to.equal('Rhaid i’r dyddiad fod ar 1 Ionawr 2024 neu ar ôl hynny');
    expect(appointment!.errorMessage).to.equal('Rhaid i’r dyddiad fod yn y dyfodol');
    await switchLanguage(form, 'en');
    expect(start!.errorMessage).to.equal('Date must be the same as or after 1 January 2024');
    start!.value = '2024-06-01';
    await settled(form);
    expect(start!.errorMessage).to.equal('');
  });

  it('highlights only the parts a server error names', async () => {
    const date = await fixture<CydDateInput>(
      html`<cyd-date-input name="d" label="Date" value="2024-02-30" error="Date must be a real date" error-parts="day"></cyd-date-input>`,
    );
    await settled(date);
    expect(wrongBoxes(date)).to.deep.equal(['d-day']);
  });

  it('uses the author’s message for a reason', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cyd-date-input name="d" label="Date" messages=${JSON.stringify({ dateIncomplete: { en: 'Passport issue date must include a year', cy: 'Rhaid i ddyddiad cyhoeddi’r pasbort gynnwys blwyddyn' } })}></cyd-date-input></form>`,
    );
    const date = form.querySelector('cyd-date-input')!;
    await settled(form);
    await typeDate(date, '1', '2', '');
    await trySubmit(form);
    expect(date.errorMessage).to.equal('Passport issue date must include a year');
  });

  it('lets a person tab through the three boxes in order', async () => {
    const { date } = await dobForm();
    (date.querySelector('#dob-day') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('dob-month');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('dob-year');
  });

  it('fits 320px with long Welsh text and an error, and is accessible', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { form, date } = await dobForm('cy');
      date.label = { en: 'Date of birth', cy: 'Beth yw dyddiad geni’r person rydych chi’n gwneud cais ar ei ran i’r Cyngor Bwrdeistref Sirol?' };
      await typeDate(date, '', '13', '1990');
      await trySubmit(form);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expectAccessibleInBothLanguages(date, form);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
