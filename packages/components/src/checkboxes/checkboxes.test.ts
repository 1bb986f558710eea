import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../checkboxes/define.js';
import '../text-input/define.js';
import type { CydCheckboxes } from './checkboxes.js';
import { controlMarkup, formControlSuite, type ControlHandle } from '../../../../test/suites/form-control.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

const benefits = JSON.stringify([
  { value: 'universal-credit', label: { en: 'Universal Credit', cy: 'Credyd Cynhwysol' } },
  { value: 'pension-credit', label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' } },
  { value: 'jsa', label: { en: 'Jobseeker’s Allowance', cy: 'Lwfans Ceisio Gwaith' } },
  { value: 'none', label: { en: 'No, I do not get any of these benefits', cy: 'Na, nid wyf yn cael unrhyw un o’r budd-daliadau hyn' }, exclusive: true },
]);

/** Ticks (or unticks) an option as a person would: a click on its label. */
async function tick(element: ControlHandle | CydCheckboxes, value: string) {
  const input = (element as ControlHandle).controls.find((c) => c.value === value) as HTMLInputElement;
  (element.querySelector(`label[for="${input.id}"]`) as HTMLLabelElement).click();
  await settled(element);
}

formControlSuite({
  tag: 'cyd-checkboxes',
  markup: (a) => controlMarkup('cyd-checkboxes', a, { options: benefits }),
  answer: async (el, value) => {
    for (const v of value.split(',')) await tick(el, v);
  },
  validAnswer: 'universal-credit,jsa',
  posted: ['universal-credit', 'jsa'],
  requiredMessage: { en: 'Select at least one answer', cy: 'Dewiswch o leiaf un ateb' },
  role: 'group',
  defaultAnswer: { value: '["pension-credit"]', posted: ['pension-credit'] },
  scriptedAnswer: { value: 'jsa' },
  answerKeepsFocus: false,
});

async function benefitsForm(lang = 'en', value = '') {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <cyd-checkboxes name="benefits" label="Do you get any of these benefits?" label-cy="Ydych chi’n cael unrhyw un o’r budd-daliadau hyn?"
      hint="Select all that apply" hint-cy="Dewiswch bob un sy’n berthnasol" options=${benefits} value=${value} required>
      <div data-reveal-for="universal-credit">
        <cyd-text-input name="uc-reference" label="Universal Credit reference" label-cy="Cyfeirnod Credyd Cynhwysol" required></cyd-text-input>
      </div>
    </cyd-checkboxes>
    <button>Continue</button>
  </form>`);
  await settled(form);
  return { form, boxes: form.querySelector('cyd-checkboxes')! };
}

describe('cyd-checkboxes', () => {
  it('submits every ticked value under one name', async () => {
    const { form, boxes } = await benefitsForm('en', '["pension-credit","jsa"]');
    expect(boxes.values).to.deep.equal(['pension-credit', 'jsa']);
    expect(new FormData(form).getAll('benefits')).to.deep.equal(['pension-credit', 'jsa']);
  });

  it('clears the others when the exclusive option is ticked, and clears it when another is ticked', async () => {
    const { form, boxes } = await benefitsForm();
    await tick(boxes, 'universal-credit');
    await tick(boxes, 'jsa');
    await tick(boxes, 'none');
    expect(boxes.values).to.deep.equal(['none']);
    expect(new FormData(form).getAll('benefits')).to.deep.equal(['none']);
    await tick(boxes, 'pension-credit');
    expect(boxes.values).to.deep.equal(['pension-credit']);
  });

  it('puts "or"/"neu" before the exclusive option', async () => {
    const { form, boxes } = await benefitsForm();
    const divider = boxes.querySelector('.cyd-checkboxes__divider')!;
    expect(divider.textContent).to.equal('or');
    expect(divider.nextElementSibling!.querySelector('input')!.value).to.equal('none');
    await switchLanguage(form, 'cy');
    expect(divider.textContent).to.equal('neu');
  });

  it('hides and disables conditional content until its box is ticked; unticking or "none" hides it again', async () => {
    const { form, boxes } = await benefitsForm();
    const reveal = boxes.querySelector('#conditional-benefits')!;
    const reference = form.querySelector('input[name="uc-reference"]') as HTMLInputElement;
    expect(reveal.hasAttribute('hidden')).to.equal(true);
    expect(reference.matches(':disabled')).to.equal(true);
    await tick(boxes, 'universal-credit');
    expect(reveal.hasAttribute('hidden')).to.equal(false);
    expect(reference.matches(':disabled')).to.equal(false);
    expect(await trySubmit(form), 'the revealed required field blocks').to.equal(null);
    await tick(boxes, 'none');
    expect(reveal.hasAttribute('hidden')).to.equal(true);
    const data = await trySubmit(form);
    expect(data).to.not.equal(null);
    expect(data!.has('uc-reference')).to.equal(false);
  });

  it('links the error summary to the first checkbox and keeps it focusable by keyboard', async () => {
    const { form, boxes } = await benefitsForm('cy');
    await trySubmit(form);
    expect(boxes.errorMessage).to.equal('Dewiswch o leiaf un ateb');
    expect(boxes.problem!.target).to.equal(boxes.querySelector('#benefits'));
    boxes.focus();
    await sendKeys({ press: 'Space' });
    await settled(form);
    expect(boxes.values).to.deep.equal(['universal-credit']);
    expect(boxes.errorMessage).to.equal('');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id, 'Tab goes into the revealed field').to.equal('uc-reference');
  });

  it('set from JavaScript with wrong entries, renders the valid ones and names each index', async () => {
    const boxes = await fixture<CydCheckboxes>(html`<cyd-checkboxes name="benefit" label="Benefits"></cyd-checkboxes>`);
    const errors = await consoleErrorsDuring(async () => {
      Reflect.set(boxes, 'options', [{ value: 3, label: 'Three' }, ['x'], { value: 'pip', label: 'PIP' }]);
      await settled(boxes);
    });
    expect([...boxes.querySelectorAll('input')].map((input) => input.value)).to.deep.equal(['pip']);
    expect(errors.some((e) => e.includes('<cyd-checkboxes name="benefit">: options[0] has a "value" that is a number (3)'))).to.equal(true);
    expect(errors.some((e) => e.includes('options[1] is an array, not an option'))).to.equal(true);
  });

  it('does not put a native required on each box (that would demand every box)', async () => {
    const { boxes } = await benefitsForm();
    expect(boxes.querySelectorAll('input[type="checkbox"][required]').length).to.equal(0);
  });

  it('wraps long Welsh labels at 320px and is accessible, small and with content open', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { form, boxes } = await benefitsForm('cy', '["universal-credit"]');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      boxes.small = true;
      await expectAccessibleInBothLanguages(boxes, form);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
