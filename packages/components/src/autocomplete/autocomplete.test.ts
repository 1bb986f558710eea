import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { catalogueProblems } from '@cydran/i18n';
import { HEALTH_BOARDS, PRINCIPAL_COUNCILS } from '@cydran/data-model';
import '../autocomplete/define.js';
import '../select/define.js';
import '../error-summary/define.js';
import '../text-input/define.js';
import { CydAutocomplete } from './autocomplete.js';
import type { CydSelect } from '../select/select.js';
import { autocompleteMessages } from './autocomplete.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, serverRender, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

const areaOptions = [
  '<option value="" data-text-cy="Dewiswch eich ardal">Choose your area</option>',
  ...PRINCIPAL_COUNCILS.map((c) => `<option value="${c.code}" data-text-cy="${c.area.cy}">${c.area.en}</option>`),
].join('');

const boardOptions = [
  '<option value="" data-text-cy="Dewiswch eich bwrdd iechyd">Choose your health board</option>',
  ...HEALTH_BOARDS.map((b) => `<option value="${b.code}" data-text-cy="${b.name.cy}">${b.name.en}</option>`),
].join('');

const councilMarkup = (attributes = '') => `<form><cyd-autocomplete ${attributes}>
  <cyd-select name="council" label="Council area" label-cy="Ardal cyngor" hint="Where you live" hint-cy="Lle rydych yn byw"
    required required-message="Select your council area" required-message-cy="Dewiswch ardal eich cyngor">${areaOptions}</cyd-select>
</cyd-autocomplete><button>Continue</button></form>`;

/** A plain select, as an author without <cyd-select> writes it, in one language. */
const plainMarkup = (names: string[], attributes = '') => `<form><cyd-autocomplete ${attributes}>
  <label for="town">Tref</label>
  <select id="town" name="town"><option value="">Dewiswch</option>${names.map((n) => `<option>${n}</option>`).join('')}</select>
</cyd-autocomplete></form>`;

async function place(markup: string, lang = 'en') {
  const wrapper = await fixture<HTMLDivElement>(`<div lang="${lang}">${markup}</div>`);
  const element = wrapper.querySelector<CydAutocomplete>('cyd-autocomplete')!;
  await settled(wrapper);
  await settled(wrapper);
  const input = () => element.input!;
  return {
    wrapper,
    element,
    form: wrapper.querySelector('form')!,
    input,
    select: () => element.select!,
    status: () => element.querySelector('[role="status"]')!.textContent!.trim(),
    listbox: () => element.querySelector<HTMLElement>('[role="listbox"]')!,
    shown: () => [...element.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim()),
    activeText: () => {
      const id = input().getAttribute('aria-activedescendant');
      return id ? document.getElementById(id)!.textContent!.trim() : null;
    },
  };
}

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
  await settled(input.closest('cyd-autocomplete')!);
}

describe('cyd-autocomplete', () => {
  let delay: number;
  beforeEach(() => {
    delay = CydAutocomplete.announceDelay;
    CydAutocomplete.announceDelay = 0;
  });
  afterEach(() => {
    CydAutocomplete.announceDelay = delay;
  });

  it('has every message in both languages', () => {
    expect(catalogueProblems(autocompleteMessages)).to.deep.equal([]);
  });

  it('makes a combobox that the label, hint and error summary reach, with the select hidden but still the named control', async () => {
    const { element, input, select, listbox } = await place(councilMarkup());
    const box = input();
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.id, 'the select’s id moved to the combobox').to.equal('council');
    expect(box.labels?.[0]?.textContent?.trim()).to.equal('Council area');
    expect(box.getAttribute('aria-describedby')).to.equal('council-hint');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-controls')).to.equal(listbox().id);
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(box.hasAttribute('name'), 'the combobox submits nothing of its own').to.equal(false);
    expect(listbox().getAttribute('aria-labelledby')).to.equal(box.labels![0]!.id);
    expect(select().name).to.equal('council');
    expect(select().hasAttribute('id')).to.equal(false);
    expect(select().getAttribute('aria-hidden')).to.equal('true');
    expect(select().tabIndex).to.equal(-1);
    expect(element.querySelectorAll('input[name]').length, 'no hidden input carries the value').to.equal(0);
  });

  it('finds "Ynys Môn" from "mon" in Welsh and "Monmouthshire" in English', async () => {
    const { wrapper, input, shown } = await place(councilMarkup(), 'cy');
    await typeInto(input(), 'mon');
    expect(shown()).to.deep.equal(['Ynys Môn']);
    await switchLanguage(wrapper, 'en');
    await settled(wrapper);
    expect(shown()).to.deep.equal(['Monmouthshire']);
  });

  it('finds a Welsh name by its mutated word: "caerf" finds Sir Gaerfyrddin, "penf" Sir Benfro', async () => {
    const { input, shown } = await place(councilMarkup(), 'cy');
    await typeInto(input(), 'caerf');
    expect(shown()).to.deep.equal(['Caerffili', 'Sir Gaerfyrddin']);
    input().value = '';
    await typeInto(input(), 'penf');
    expect(shown()).to.deep.equal(['Sir Benfro']);
  });

  it('ignores accents both ways: "gw" finds Gŵyr, "gŵ" finds Gwynedd, in Welsh order', async () => {
    const { input, shown } = await place(plainMarkup(['Gŵyr', 'Pont-y-pŵl', 'Gwynedd', 'Aberdâr']), 'cy');
    await typeInto(input(), 'gw');
    expect(shown()).to.deep.equal(['Gwynedd', 'Gŵyr']);
    input().value = '';
    await typeInto(input(), 'gŵ');
    expect(shown()).to.deep.equal(['Gwynedd', 'Gŵyr']);
    input().value = '';
    await typeInto(input(), 'pwl');
    expect(shown()).to.deep.equal(['Pont-y-pŵl']);
    input().value = '';
    await typeInto(input(), 'aberdar');
    expect(shown()).to.deep.equal(['Aberdâr']);
  });

  it('orders results alphabetically in the page’s language, matches at the start first', async () => {
    const { wrapper, input, shown } = await place(plainMarkup(['Llandudno', 'Lydstep', 'Llanelli', 'Lampeter', 'Bae Colwyn', 'Chwilog', 'Cwm']), 'cy');
    await typeInto(input(), 'l');
    expect(shown(), 'll after every l in Welsh').to.deep.equal(['Lampeter', 'Lydstep', 'Llandudno', 'Llanelli']);
    await switchLanguage(wrapper, 'en');
    expect(shown()).to.deep.equal(['Lampeter', 'Llandudno', 'Llanelli', 'Lydstep']);
    await switchLanguage(wrapper, 'cy');
    input().value = '';
    await typeInto(input(), 'c');
    expect(shown(), 'ch after every c in Welsh; the word match last').to.deep.equal(['Cwm', 'Chwilog', 'Bae Colwyn']);
  });

  it('is worked from the keyboard: Down and Up move, Enter chooses, Escape closes then clears, Home and End return to the box', async () => {
    const { form, input, select, shown, activeText } = await place(councilMarkup());
    await typeInto(input(), 'ca');
    expect(shown()).to.deep.equal(['Caerphilly', 'Cardiff', 'Carmarthenshire']);
    expect(input().getAttribute('aria-expanded')).to.equal('true');
    expect(activeText(), 'nothing highlighted until the person moves').to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText()).to.equal('Caerphilly');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText()).to.equal('Cardiff');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(activeText(), 'Up from the first wraps to the last').to.equal('Carmarthenshire');
    await sendKeys({ press: 'End' });
    expect(activeText(), 'End moves the caret, and the highlight back to the box').to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Home' });
    expect(activeText()).to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    let submitted = false;
    form.addEventListener('submit', (event) => {
      submitted = true;
      event.preventDefault();
    });
    await sendKeys({ press: 'Enter' });
    await settled(form);
    expect(submitted, 'Enter on an option chooses it, it does not submit').to.equal(false);
    expect(select().value).to.equal('W06000015');
    expect(input().value).to.equal('Cardiff');
    expect(input().getAttribute('aria-expanded')).to.equal('false');
    expect(document.activeElement).to.equal(input());
    await sendKeys({ press: 'ArrowDown' });
    expect(input().getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    expect(input().getAttribute('aria-expanded')).to.equal('false');
    expect(select().value, 'Escape with the list open only closes it').to.equal('W06000015');
    await sendKeys({ press: 'Escape' });
    await settled(form);
    expect(input().value).to.equal('');
    expect(select().value, 'Escape again clears the answer').to.equal('');
  });

  it('opens with Alt+Down without highlighting, and Alt+Up chooses and closes', async () => {
    const { input, select, activeText } = await place(councilMarkup());
    await typeInto(input(), 'ne');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    expect([input().getAttribute('aria-expanded'), activeText()]).to.deep.equal(['true', null]);
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText()).to.equal('Neath Port Talbot');
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    expect([input().getAttribute('aria-expanded'), select().value, input().value]).to.deep.equal(['false', 'W06000012', 'Neath Port Talbot']);
  });

  it('shows focus on the combobox and on the highlighted option', async () => {
    const { input } = await place(councilMarkup());
    await typeInto(input(), 'pow');
    expect(getComputedStyle(input()).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'ArrowDown' });
    const active = document.getElementById(input().getAttribute('aria-activedescendant')!)!;
    expect(getComputedStyle(active).backgroundColor).to.not.equal(getComputedStyle(input()).backgroundColor);
  });

  it('is chosen with the mouse, keeping focus in the box', async () => {
    const { input, select, element } = await place(councilMarkup());
    await typeInto(input(), 'swa');
    const option = element.querySelector<HTMLElement>('[role="option"]')!;
    option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    option.click();
    await settled(element);
    expect(select().value).to.equal('W06000011');
    expect(input().value).to.equal('Swansea');
    expect(document.activeElement).to.equal(input());
  });

  it('says how many results there are, in each language, with Welsh mutations', async () => {
    const { wrapper, input, status } = await place(plainMarkup(['Caerdydd', 'Caerffili', 'Caerfyrddin', 'Casnewydd', 'Conwy', 'Ceredigion', 'Tor-faen']), 'cy');
    const say = async (text: string) => {
      input().value = '';
      await typeInto(input(), text);
      return status();
    };
    expect(await say('caerd')).to.equal('Mae 1 canlyniad ar gael');
    expect(await say('caerf')).to.equal('Mae 2 ganlyniad ar gael');
    expect(await say('caer')).to.equal('Mae 3 chanlyniad ar gael');
    expect(await say('ca')).to.equal('Mae 4 canlyniad ar gael');
    expect(await say('c')).to.equal('Mae 6 chanlyniad ar gael');
    expect(await say('t')).to.equal('Mae 1 canlyniad ar gael');
    expect(await say('x')).to.equal('Dim canlyniadau');
    await switchLanguage(wrapper, 'en');
    expect(status(), 'the status follows a language switch').to.equal('No results found');
    expect(await say('caer')).to.equal('3 results are available');
    expect(await say('caerd')).to.equal('1 result is available');
  });

  it('waits for typing to pause before saying the count', async () => {
    CydAutocomplete.announceDelay = 700;
    const { input, status, element } = await place(plainMarkup(['Bangor', 'Bala', 'Barri']), 'en');
    input().focus();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const typeUpTo = (value: string) => {
        input().value = value;
        input().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      };
      typeUpTo('b');
      await clock.tickAsync(400);
      typeUpTo('ba');
      await clock.tickAsync(400);
      await element.updateComplete;
      expect(status(), 'still typing').to.equal('');
      await clock.tickAsync(400);
      await element.updateComplete;
    } finally {
      clock.restore();
    }
    expect(status()).to.equal('3 results are available');
  });

  it('submits the chosen value under the select’s name, and blocks a required question left empty with the select’s message', async () => {
    const { form, input, element } = await place(councilMarkup(), 'cy');
    expect(await trySubmit(form), 'required and empty: blocked').to.equal(null);
    await settled(form);
    const cydSelect = element.querySelector<CydSelect>('cyd-select')!;
    expect(cydSelect.errorMessage).to.equal('Dewiswch ardal eich cyngor');
    expect(input().getAttribute('aria-invalid')).to.equal('true');
    expect(input().getAttribute('aria-describedby')).to.equal('council-hint council-error');
    expect(element.querySelector('.cyd-autocomplete')!.classList.contains('cyd-form-group--error')).to.equal(true);
    await typeInto(input(), 'caerdy');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(form);
    expect(cydSelect.errorMessage, 'choosing fixes it, as choosing in the select would').to.equal('');
    expect(input().hasAttribute('aria-invalid')).to.equal(false);
    const posted = await trySubmit(form);
    expect([...posted!.entries()]).to.deep.equal([['council', 'W06000015']]);
  });

  it('takes an exact name typed and left, and leaves a name that matches nothing unanswered', async () => {
    const { form, input, select } = await place(councilMarkup());
    await typeInto(input(), 'powys');
    await sendKeys({ press: 'Tab' });
    await settled(form);
    expect(select().value).to.equal('W06000023');
    expect(input().value).to.equal('Powys');
    input().focus();
    input().select();
    await sendKeys({ type: 'Narnia' });
    await sendKeys({ press: 'Tab' });
    await settled(form);
    expect(select().value).to.equal('');
    expect(input().value, 'what was typed stays to be corrected').to.equal('Narnia');
  });

  it('focus() and the error summary’s link reach the combobox', async () => {
    const { form, input, element, wrapper } = await place(`<cyd-error-summary></cyd-error-summary>${councilMarkup()}`);
    const summary = wrapper.querySelector('cyd-error-summary')!;
    form.prepend(summary);
    await settled(wrapper);
    element.querySelector<CydSelect>('cyd-select')!.focus();
    expect(document.activeElement).to.equal(input());
    input().blur();
    await trySubmit(form);
    await settled(wrapper);
    const link = summary.querySelector<HTMLAnchorElement>('a[href^="#"]')!;
    expect(link.getAttribute('href')).to.equal('#council');
    link.click();
    expect(document.activeElement).to.equal(input());
  });

  it('follows a language switch: the chosen option’s words change, the value does not', async () => {
    const { wrapper, input, select } = await place(councilMarkup());
    await typeInto(input(), 'vale');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(input().value).to.equal('Vale of Glamorgan');
    await switchLanguage(wrapper, 'cy');
    await settled(wrapper);
    expect(input().value).to.equal('Bro Morgannwg');
    expect(select().value).to.equal('W06000014');
    expect(input().labels?.[0]?.textContent?.trim()).to.equal('Ardal cyngor');
    input().value = 'Ysgrifennwyd cyn newid';
    await switchLanguage(wrapper, 'en');
    await settled(wrapper);
    expect(input().value, 'words put in the box with no input event are kept too').to.equal('Ysgrifennwyd cyn newid');
  });

  it('keeps the count true to the list when the language changes under it', async () => {
    const { wrapper, input, status } = await place(councilMarkup());
    await typeInto(input(), 'caer');
    expect(status()).to.equal('1 result is available');
    await switchLanguage(wrapper, 'cy');
    await settled(wrapper);
    expect(status(), 'Caerphilly in English; Caerdydd, Caerffili and Sir Gaerfyrddin in Welsh').to.equal('Mae 3 chanlyniad ar gael');
  });

  it('goes back to the select’s first answer when the form is reset', async () => {
    const { form, input, select } = await place(councilMarkup());
    await typeInto(input(), 'wrex');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(select().value).to.equal('W06000006');
    form.reset();
    await settled(form);
    expect(select().value).to.equal('');
    expect(input().value).to.equal('');
  });

  it('lists every option from an empty box with show-all-values, in the select’s order', async () => {
    const { input, shown } = await place(plainMarkup(['Tywyn', 'Aberdyfi', 'Machynlleth'], 'show-all-values'), 'cy');
    input().focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(input());
    expect(shown()).to.deep.equal(['Tywyn', 'Aberdyfi', 'Machynlleth']);
  });

  it('highlights the first result with autoselect, and waits for min-length', async () => {
    const { input, activeText, shown, status } = await place(plainMarkup(['Bangor', 'Bala'], 'autoselect min-length="2"'), 'cy');
    await typeInto(input(), 'b');
    expect(shown()).to.deep.equal([]);
    expect(status()).to.equal('Rhowch 2 nod neu fwy i weld canlyniadau');
    await typeInto(input(), 'a');
    expect(shown()).to.deep.equal(['Bala', 'Bangor']);
    expect(activeText()).to.equal('Bala');
  });

  it('with JavaScript off is the select alone, and upgrades from the server’s markup', async () => {
    const rendered = await serverRender(`<div lang="cy">${councilMarkup()}</div>`, 'cy');
    expect(rendered.problems).to.deep.equal([]);
    const template = document.createElement('template');
    template.innerHTML = rendered.html;
    const server = template.content;
    expect(server.querySelector('[role="combobox"]'), 'no combobox without JavaScript').to.equal(null);
    const select = server.querySelector('cyd-autocomplete select')!;
    expect([select.id, select.getAttribute('name'), select.hasAttribute('required')]).to.deep.equal(['council', 'council', true]);
    expect(server.querySelector('label[for="council"]')!.textContent!.trim()).to.equal('Ardal cyngor');
    expect(select.querySelectorAll('option').length).to.equal(23);
    expect(select.querySelector('option[value="W06000001"]')!.textContent).to.equal('Ynys Môn');

    const upgraded = await place(rendered.html, 'cy');
    expect(upgraded.input().id).to.equal('council');
    await typeInto(upgraded.input(), 'caerd');
    expect(upgraded.shown()).to.deep.equal(['Caerdydd']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect([...(await trySubmit(upgraded.form))!.entries()]).to.deep.equal([['council', 'W06000015']]);
  });

  it('has no accessibility problems in English or Welsh, closed and open', async () => {
    const { wrapper, input } = await place(councilMarkup());
    await expectAccessibleInBothLanguages(wrapper);
    await typeInto(input(), 'c');
    await sendKeys({ press: 'ArrowDown' });
    await expectAccessibleInBothLanguages(wrapper);
    input().value = '';
    await typeInto(input(), 'zz');
    await expectAccessibleInBothLanguages(wrapper);
  });

  it('fits a 320px screen with the longest Welsh health board names open', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { wrapper, input, shown } = await place(
        `<form><cyd-autocomplete><cyd-select name="board" label="Health board" label-cy="Bwrdd iechyd">${boardOptions}</cyd-select></cyd-autocomplete></form>`,
        'cy',
      );
      await typeInto(input(), 'bwrdd');
      expect(shown()).to.have.length(7);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const option of wrapper.querySelectorAll<HTMLElement>('[role="option"]')) expect(option.scrollWidth).to.be.at.most(option.clientWidth);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives a text input suggestions from its datalist: the input is the combobox and the answer is what it says', async () => {
    const markup = `<form><cyd-autocomplete>
      <cyd-text-input name="town" label="Town" label-cy="Tref" list="towns"></cyd-text-input>
      <datalist id="towns"><option value="Caerdydd"></option><option value="Llandudno"></option><option value="Lydstep"></option><option value="Pont-y-pŵl"></option></datalist>
    </cyd-autocomplete></form>`;
    const rendered = await serverRender(`<div lang="cy">${markup}</div>`, 'cy');
    const template = document.createElement('template');
    template.innerHTML = rendered.html;
    expect(template.content.querySelector('input[name="town"]')!.getAttribute('list'), 'with JavaScript off the browser’s own suggestions').to.equal('towns');
    const { wrapper, form, element, shown } = await place(markup, 'cy');
    const box = element.input!;
    expect(box.name, 'the author’s own input, name and all').to.equal('town');
    expect([box.getAttribute('role'), box.getAttribute('aria-controls'), box.hasAttribute('list')]).to.deep.equal(['combobox', 'town-listbox', false]);
    expect(box.labels?.[0]?.textContent?.trim()).to.equal('Tref');
    await typeInto(box, 'l');
    expect(shown()).to.deep.equal(['Lydstep', 'Llandudno']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).to.equal('town-option-1');
    await sendKeys({ press: 'Enter' });
    await settled(form);
    expect([box.value, box.getAttribute('aria-expanded')]).to.deep.equal(['Llandudno', 'false']);
    expect([...(await trySubmit(form))!.entries()]).to.deep.equal([['town', 'Llandudno']]);
    box.select();
    await sendKeys({ type: 'Tywyn' });
    await sendKeys({ press: 'Tab' });
    expect([...(await trySubmit(form))!.entries()], 'an answer not in the list is kept').to.deep.equal([['town', 'Tywyn']]);
    box.focus();
    box.select();
    await sendKeys({ type: 'pwl' });
    await settled(form);
    expect(shown()).to.deep.equal(['Pont-y-pŵl']);
    await expectAccessibleInBothLanguages(wrapper);
  });

  it('marks an option given only in English with lang="en" on a Welsh page', async () => {
    const { input, element } = await place(
      `<cyd-autocomplete><cyd-select name="c" label="Country" label-cy="Gwlad"><option value="">Choose</option>
        <option value="wales" data-text-cy="Cymru">Wales</option><option value="cornwall">Cornwall</option></cyd-select></cyd-autocomplete>`,
      'cy',
    );
    await typeInto(input(), 'c');
    const options = [...element.querySelectorAll('[role="option"]')].map((o) => [o.textContent!.trim(), o.getAttribute('lang')]);
    expect(options).to.deep.equal([
      ['Cornwall', 'en'],
      ['Cymru', null],
    ]);
  });

  it('tells the developer when there is nothing to enhance', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await place('<cyd-autocomplete><p>Nothing</p></cyd-autocomplete>');
    });
    expect(errors.some((e) => e.includes('<cyd-autocomplete> has nothing to enhance'))).to.equal(true);
  });
});
