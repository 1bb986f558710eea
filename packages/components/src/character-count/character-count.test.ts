import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../character-count/define.js';
import type { CydCharacterCount } from './character-count.js';
import { controlMarkup, formControlSuite } from '../../../../test/suites/form-control.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

async function type(element: CydCharacterCount, text: string) {
  const textarea = element.controls[0] as HTMLTextAreaElement;
  textarea.focus();
  textarea.select();
  await sendKeys({ type: text });
}

const statusOf = (el: CydCharacterCount) => el.querySelector('.cyd-character-count__status')!;
const announcerOf = (el: CydCharacterCount) => el.querySelector('.cyd-character-count__announcer')!;

async function countWithValue(lang: 'en' | 'cy', limit: string, value: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <cyd-character-count name="summary" label="Summary" label-cy="Crynodeb" maxlength=${ifDefined(limit === 'words' ? undefined : limit)} maxwords=${ifDefined(limit === 'words' ? 10 : undefined)}></cyd-character-count></div>`);
  const el = wrapper.querySelector('cyd-character-count')!;
  el.value = value;
  await settled(wrapper);
  return el;
}

formControlSuite({
  tag: 'cyd-character-count',
  markup: (a) => controlMarkup('cyd-character-count', a, { maxlength: 200 }),
  answer: (el, value) => type(el as unknown as CydCharacterCount, value),
  validAnswer: 'Mae’r ffordd ar gau ger yr ysgol',
  requiredMessage: { en: 'Enter an answer', cy: 'Rhowch ateb' },
  role: 'textbox',
  defaultAnswer: { value: 'Mae’r bont ar gau' },
  answerKeepsFocus: true,
  describedAlsoBy: { en: 'You can enter up to 200 characters', cy: 'Gallwch roi hyd at 200 nod' },
});

describe('cyd-character-count', () => {
  describe('counts in every Welsh plural form, with the singular noun after digits', () => {
    for (const n of [0, 1, 2, 3, 6, 7]) {
      it(`${n} remaining and ${n} too many`, async () => {
        const under = await countWithValue('cy', '10', 'a'.repeat(10 - n));
        expect(statusOf(under).textContent).to.equal(`Mae gennych ${n} nod yn weddill`);
        if (n === 0) return; // 0 too many is "0 remaining"
        const over = await countWithValue('cy', '10', 'a'.repeat(10 + n));
        expect(statusOf(over).textContent).to.equal(`Mae gennych ${n} nod yn ormod`);
      });
    }
    for (const n of [0, 1, 2, 3, 6, 7]) {
      it(`${n} words remaining and too many`, async () => {
        // "gair" soft-mutates after two: 2 air.
        const word = n === 2 ? 'air' : 'gair';
        const under = await countWithValue('cy', 'words', 'gair '.repeat(10 - n));
        expect(statusOf(under).textContent).to.equal(`Mae gennych ${n} ${word} yn weddill`);
        if (n === 0) return;
        const over = await countWithValue('cy', 'words', 'gair '.repeat(10 + n));
        expect(statusOf(over).textContent).to.equal(`Mae gennych ${n} ${word} yn ormod`);
      });
    }
  });

  it('counts in English, singular and plural', async () => {
    expect(statusOf(await countWithValue('en', '10', 'a'.repeat(9))).textContent).to.equal('You have 1 character remaining');
    expect(statusOf(await countWithValue('en', '10', 'a'.repeat(13))).textContent).to.equal('You have 3 characters too many');
    expect(statusOf(await countWithValue('en', 'words', '')).textContent).to.equal('You have 10 words remaining');
    expect(statusOf(await countWithValue('en', 'words', 'one two\n\nthree   four')).textContent).to.equal('You have 6 words remaining');
    expect(statusOf(await countWithValue('en', 'words', 'w '.repeat(11))).textContent).to.equal('You have 1 word too many');
  });

  it('updates the visible count on every key, and switches its language live', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><cyd-character-count name="s" label="Summary" maxlength="20"></cyd-character-count></div>`);
    const el = wrapper.querySelector('cyd-character-count')!;
    await settled(wrapper);
    expect(statusOf(el).textContent).to.equal('You have 20 characters remaining');
    await type(el, 'Helo');
    await settled(wrapper);
    expect(statusOf(el).textContent).to.equal('You have 16 characters remaining');
    await switchLanguage(wrapper, 'cy');
    expect(statusOf(el).textContent).to.equal('Mae gennych 16 nod yn weddill');
    expect(el.value).to.equal('Helo');
  });

  it('announces the count to screen readers only once typing pauses', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><cyd-character-count name="s" label="Crynodeb" maxlength="20"></cyd-character-count></div>`,
    );
    const el = wrapper.querySelector('cyd-character-count')!;
    await settled(wrapper);
    const announcer = announcerOf(el);
    expect(announcer.getAttribute('aria-live')).to.equal('polite');
    expect(statusOf(el).getAttribute('aria-hidden'), 'the visible count is not read as well').to.equal('true');
    expect(statusOf(el).hasAttribute('aria-live')).to.equal(false);
    expect(announcer.textContent, 'nothing announced on load').to.equal('');
    // A fake clock stands in for the pause: only setTimeout is faked, the
    // timer the announcement waits on. Typing is the input event a keystroke fires.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const textarea = el.controls[0] as HTMLTextAreaElement;
      const typeUpTo = (value: string) => {
        textarea.value = value;
        textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      };
      typeUpTo('abc');
      await clock.tickAsync(500);
      typeUpTo('abcde');
      await clock.tickAsync(600);
      await el.updateComplete;
      expect(announcer.textContent, 'still typing: 1.1s in, but only 0.6s since the last key').to.equal('');
      await clock.tickAsync(600);
      await el.updateComplete;
    } finally {
      clock.restore();
    }
    expect(announcer.textContent).to.equal('Mae gennych 15 nod yn weddill');
  });

  it('never truncates: over the limit it blocks submission with an error, keeping every character', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="cy"><cyd-character-count name="s" label="Summary" label-cy="Crynodeb" maxlength="10"></cyd-character-count></form>`,
    );
    const el = form.querySelector('cyd-character-count')!;
    const textarea = el.controls[0]!;
    expect(textarea.hasAttribute('maxlength'), 'no native maxlength to cut off a paste').to.equal(false);
    await type(el, 'Llanfairpwllgwyngyll');
    expect(el.value).to.equal('Llanfairpwllgwyngyll');
    await settled(form);
    expect(statusOf(el).classList.contains('cyd-character-count__status--error')).to.equal(true);
    expect(textarea.classList.contains('cyd-input--error')).to.equal(true);
    expect(await trySubmit(form)).to.equal(null);
    expect(el.errorMessage).to.equal('Rhaid i’r ateb fod yn 10 nod neu lai');
    await switchLanguage(form, 'en');
    expect(el.errorMessage).to.equal('Answer must be 10 characters or fewer');
    expect(el.querySelector('.cyd-error-message')!.id).to.be.oneOf(textarea.getAttribute('aria-describedby')!.split(' '));
    await type(el, 'Llanfair');
    await settled(form);
    expect(statusOf(el).classList.contains('cyd-character-count__status--error'), 'the live count follows typing').to.equal(false);
    expect(el.errorMessage, 'the error waits until the person moves on').to.not.equal('');
    textarea.blur();
    await settled(form);
    expect(el.errorMessage).to.equal('');
    expect(await trySubmit(form)).to.not.equal(null);
  });

  it('gives a words message over a word limit, and takes the author’s messages instead', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <cyd-character-count name="w" label="Why" maxwords="2"></cyd-character-count>
      <cyd-character-count name="c" label="Summary" maxlength="3"
        messages='{"tooLong":{"en":"Summary must be 3 characters or fewer","cy":"Rhaid i’r crynodeb fod yn 3 nod neu lai"}}'></cyd-character-count></form>`);
    const [words, chars] = [...form.querySelectorAll('cyd-character-count')];
    words!.value = 'one two three';
    chars!.value = 'abcd';
    expect(await trySubmit(form)).to.equal(null);
    expect(words!.errorMessage).to.equal('Answer must be 2 words or fewer');
    expect(chars!.errorMessage).to.equal('Summary must be 3 characters or fewer');
    await switchLanguage(form, 'cy');
    expect(words!.errorMessage).to.equal('Rhaid i’r ateb fod yn 2 air neu lai');
    expect(chars!.errorMessage).to.equal('Rhaid i’r crynodeb fod yn 3 nod neu lai');
  });

  it('hides the count until the threshold, keeping the limit in the textarea’s description', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><cyd-character-count name="s" label="Summary" maxlength="10" threshold="75"></cyd-character-count></div>`,
    );
    const el = wrapper.querySelector('cyd-character-count')!;
    await settled(wrapper);
    const info = el.querySelector('#s-info')!;
    expect(info.textContent).to.equal('You can enter up to 10 characters');
    expect(info.classList.contains('cyd-visually-hidden'), 'the static hint is for screen readers once enhanced').to.equal(true);
    expect(el.controls[0]!.getAttribute('aria-describedby')!.split(' ')).to.include('s-info');
    expect(getComputedStyle(statusOf(el)).visibility).to.equal('hidden');
    el.value = 'abcdefg';
    await settled(wrapper);
    expect(getComputedStyle(statusOf(el)).visibility).to.equal('hidden');
    el.value = 'abcdefgh';
    await settled(wrapper);
    expect(getComputedStyle(statusOf(el)).visibility).to.equal('visible');
    expect(statusOf(el).textContent).to.equal('You have 2 characters remaining');
  });

  it('counts the server’s value and what was typed before upgrade', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cyd-character-count name="s" label="Summary" maxlength="10" value="abc"></cyd-character-count></form>`,
    );
    const el = form.querySelector('cyd-character-count')!;
    await settled(form);
    expect(statusOf(el).textContent).to.equal('You have 7 characters remaining');
    form.reset();
    // Controls follow a reset a task later; settled() waits past that task.
    await settled(form);
    expect(statusOf(el).textContent).to.equal('You have 7 characters remaining');
  });

  it('fits a 320px screen with long Welsh text, and is accessible in both languages', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy">
        <cyd-character-count name="more" maxlength="5" value="Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
          label="Disgrifiwch unrhyw anghenion cymorth ychwanegol sydd gennych wrth ddefnyddio gwasanaethau’r cyngor"></cyd-character-count></div>`);
      await settled(wrapper);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      await expectAccessibleInBothLanguages(wrapper);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reports a missing limit naming the fix', async () => {
    const errors = await consoleErrorsDuring(async () => {
      await fixture(html`<cyd-character-count name="s" label="Summary"></cyd-character-count>`);
    });
    expect(errors.some((e) => e.includes('has no limit') && e.includes('maxlength="…"'))).to.equal(true);
  });
});
