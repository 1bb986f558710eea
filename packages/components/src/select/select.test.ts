import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../select/define.js';
import type { CydSelect } from './select.js';
import { controlMarkup, formControlSuite } from '../../../../test/suites/form-control.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

const selectOf = (el: CydSelect) => el.controls[0] as HTMLSelectElement;
const optionTexts = (el: CydSelect) => [...selectOf(el).options].map((o) => o.textContent);

async function choose(element: CydSelect, value: string) {
  const select = selectOf(element);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

formControlSuite({
  tag: 'cyd-select',
  markup: (a) =>
    controlMarkup(
      'cyd-select',
      a,
      {},
      `<option value="" data-text-cy="Dewiswch dref">Choose a town</option>
    <option value="cardiff" data-text-cy="Caerdydd">Cardiff</option>
    <option value="swansea" data-text-cy="Abertawe">Swansea</option>`,
    ),
  answer: (el, value) => choose(el as unknown as CydSelect, value),
  validAnswer: 'swansea',
  requiredMessage: { en: 'Select an answer', cy: 'Dewiswch ateb' },
  role: 'combobox',
  defaultAnswer: { value: 'cardiff' },
  answerKeepsFocus: false,
});

describe('cyd-select', () => {
  it('reads bilingual options and groups from its children, and re-words them live', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><cyd-select name="area" label="Area" label-cy="Ardal">
      <option value="" data-text-cy="Dewiswch ardal">Choose an area</option>
      <optgroup label="South" data-label-cy="De">
        <option value="cardiff" data-text-cy="Caerdydd">Cardiff</option>
        <option value="newport" data-text-cy="Casnewydd" disabled>Newport</option>
      </optgroup>
      <option>Other</option>
    </cyd-select></div>`);
    const el = wrapper.querySelector('cyd-select')!;
    await settled(wrapper);
    expect(optionTexts(el)).to.deep.equal(['Dewiswch ardal', 'Caerdydd', 'Casnewydd', 'Other']);
    expect(selectOf(el).querySelector('optgroup')!.label).to.equal('De');
    expect(selectOf(el).options[2]!.disabled).to.equal(true);
    expect(selectOf(el).options[3]!.value, 'no value: the text is the value, as natively').to.equal('Other');
    expect(el.querySelectorAll('cyd-select > option').length, 'the author’s options were consumed').to.equal(0);
    await choose(el, 'cardiff');
    await switchLanguage(wrapper, 'en');
    expect(optionTexts(el)).to.deep.equal(['Choose an area', 'Cardiff', 'Newport', 'Other']);
    expect(selectOf(el).querySelector('optgroup')!.label).to.equal('South');
    expect(el.value, 'the choice survives the switch').to.equal('cardiff');
  });

  it('takes options as JSON, with a value attribute choosing one', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-select name="sort" label="Sort by" value="date"
      options='[{"value":"name","text":{"en":"Name","cy":"Enw"}},{"value":"date","text":{"en":"Date","cy":"Dyddiad"}}]'></cyd-select></form>`);
    const el = form.querySelector('cyd-select')!;
    await settled(form);
    expect(el.value).to.equal('date');
    await choose(el, 'name');
    form.reset();
    expect(el.value, 'reset goes back to the value attribute').to.equal('date');
    el.options = [{ value: 'new', text: { en: 'Newest', cy: 'Diweddaraf' } }];
    await settled(form);
    expect(optionTexts(el)).to.deep.equal(['Newest']);
  });

  it('is chosen from the keyboard', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cyd-select name="town" label="Town">
      <option value="">Choose</option><option value="bangor">Bangor</option><option value="bala">Bala</option></cyd-select></form>`);
    const el = form.querySelector('cyd-select')!;
    await settled(form);
    selectOf(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('bangor');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('bala');
    expect((await trySubmit(form))!.get('town')).to.equal('bala');
  });

  it('upgrades server markup keeping both languages and the person’s choice', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><form><cyd-select name="town" label="Town" label-cy="Tref">
      <option value="">Choose</option><option value="bangor" data-text-cy="Bangor">Bangor</option><option value="st-davids" data-text-cy="Tyddewi">St Davids</option></cyd-select></form></div>`);
    const el = wrapper.querySelector('cyd-select')!;
    await settled(wrapper);
    await choose(el, 'st-davids');
    const serverLike = el.cloneNode(true) as CydSelect;
    // Cloning drops the choice; in a real server render it is still there at upgrade.
    serverLike.querySelector('select')!.value = 'st-davids';
    el.replaceWith(serverLike);
    await settled(wrapper);
    expect(serverLike.value).to.equal('st-davids');
    await switchLanguage(wrapper, 'cy');
    expect(optionTexts(serverLike)).to.deep.equal(['Choose', 'Bangor', 'Tyddewi']);
  });

  it('reports no options, and a required select with no empty prompt', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-select name="a" label="A"></cyd-select>`);
      await fixture(html`<cyd-select name="b" label="B" required><option value="x">X</option></cyd-select>`);
    });
    expect(errors.some((e) => e.includes('<cyd-select name="a"> has no options'))).to.equal(true);
    expect(errors.some((e) => e.includes('required') && e.includes('<option value="">'))).to.equal(true);
  });

  it('set from JavaScript with wrong entries, renders the valid ones and names each index', async () => {
    const select = await fixture<CydSelect>(html`<cyd-select name="town" label="Town"></cyd-select>`);
    const errors = await consoleErrorsDuring(async () => {
      Reflect.set(select, 'options', [
        null,
        7,
        { text: 'No value' },
        { value: 'bangor', text: { en: 'Bangor', cy: 'Bangor' } },
        { label: 'More', options: [{}, { value: 'rhyl', text: 'Rhyl' }] },
      ]);
      await settled(select);
    });
    expect([...select.querySelectorAll('option')].map((option) => option.value)).to.deep.equal(['bangor', 'rhyl']);
    expect(errors.some((e) => e.includes('options[0] is null'))).to.equal(true);
    expect(
      errors.some((e) => e.includes('<cyd-select name="town">: options[1] is a number (7)') && e.includes('[{"value":"…","text":{"en":"…","cy":"…"}}]')),
    ).to.equal(true);
    expect(errors.some((e) => e.includes('options[2] is an object without a string "value"'))).to.equal(true);
    expect(errors.some((e) => e.includes('options[4].options[0] is an object without a string "value"'))).to.equal(true);
  });

  it('fits a 320px screen with long Welsh options, accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><cyd-select name="board" label="Health board" label-cy="Bwrdd iechyd">
        <option value="">Choose</option>
        <option value="bcuhb" data-text-cy="Bwrdd Iechyd Prifysgol Betsi Cadwaladr (Gogledd Cymru gyfan)">Betsi Cadwaladr University Health Board</option>
      </cyd-select></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
