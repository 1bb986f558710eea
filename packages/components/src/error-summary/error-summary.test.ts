import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../error-summary/define.js';
import '../text-input/define.js';
import type { CydErrorSummary } from './error-summary.js';
import type { CydTextInput } from '../text-input/text-input.js';
import { catalogueProblems } from '@cydran/i18n';
import { errorSummaryMessages } from './error-summary.messages.js';
import { consoleErrorsDuring, expectAccessibleInBothLanguages, settled, switchLanguage, trySubmit } from '../../../../test/support/helpers.js';

const summaryRoot = (summary: Element) => summary.querySelector<HTMLElement>('.cyd-error-summary')!;
const linkTexts = (summary: Element) => [...summary.querySelectorAll('a')].map((a) => a.textContent!.trim());
const linkHrefs = (summary: Element) => [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));

function releaseFocus(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

async function type(element: CydTextInput, text: string) {
  const input = element.controls[0] as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

/** A form as a service would write it: the summary at the top, required fields with their own messages. */
async function applicationForm(lang: 'en' | 'cy' = 'en', extra = '') {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <cyd-error-summary></cyd-error-summary>
    <cyd-text-input name="full-name" label="Full name" label-cy="Enw llawn" required
      required-message="Enter your full name" required-message-cy="Rhowch eich enw llawn"></cyd-text-input>
    <cyd-text-input name="nickname" label="Nickname" label-cy="Llysenw" optional></cyd-text-input>
    <cyd-text-input name="email" type="email" label="Email address" label-cy="Cyfeiriad e-bost" required
      required-message="Enter your email address" required-message-cy="Rhowch eich cyfeiriad e-bost"></cyd-text-input>
    <button>Continue</button>
  </form>`);
  if (extra) form.querySelector('cyd-error-summary')!.setAttribute(extra, '');
  await settled(form);
  return { form, summary: form.querySelector('cyd-error-summary')!, inputs: [...form.querySelectorAll('cyd-text-input')] };
}

describe('cyd-error-summary', () => {
  it('has every message in both languages', () => {
    expect(catalogueProblems(errorSummaryMessages, { documentTitle: [['Apply for a permit']] })).to.deep.equal([]);
  });

  describe('with a list of errors (a page the server rendered with errors)', () => {
    it('lists each error as a link to its field under an h2 that labels it', async () => {
      releaseFocus();
      const summary = await fixture<CydErrorSummary>(html`<cyd-error-summary
        errors='[{"href":"#full-name","text":{"en":"Enter your full name","cy":"Rhowch eich enw llawn"}},{"href":"#email","text":"Enter your email address","text-cy":"Rhowch eich cyfeiriad e-bost"}]'></cyd-error-summary>`);
      const root = summaryRoot(summary);
      const heading = root.querySelector('h2')!;
      expect(heading.textContent!.trim()).to.equal('There is a problem');
      expect(root.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(root.getAttribute('tabindex')).to.equal('-1');
      expect(root.getAttribute('role')).to.not.equal('alert');
      expect(linkTexts(summary)).to.deep.equal(['Enter your full name', 'Enter your email address']);
      expect(linkHrefs(summary)).to.deep.equal(['#full-name', '#email']);
      await switchLanguage(summary, 'cy');
      expect(heading.textContent!.trim()).to.equal('Mae problem wedi codi');
      expect(linkTexts(summary)).to.deep.equal(['Rhowch eich enw llawn', 'Rhowch eich cyfeiriad e-bost']);
      expect(summary.textContent).to.not.match(/Enter|There is/);
    });

    it('takes focus when the page loads with it', async () => {
      releaseFocus();
      const summary = await fixture<CydErrorSummary>(html`<cyd-error-summary errors='[{"href":"#a","text":"Enter a"}]'></cyd-error-summary>`);
      expect(document.activeElement === summaryRoot(summary), 'summary focused').to.equal(true);
    });

    it('does not take focus from where the person already is, or with no-autofocus', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><input aria-label="Search" id="already-here"></div>`);
      const input = wrapper.querySelector('input')!;
      input.focus();
      const summary = document.createElement('cyd-error-summary');
      summary.setAttribute('errors', '[{"href":"#a","text":"Enter a"}]');
      wrapper.append(summary);
      await settled(wrapper);
      expect(document.activeElement === input, 'focus stays in the box').to.equal(true);
      releaseFocus();
      const quiet = await fixture<CydErrorSummary>(html`<cyd-error-summary no-autofocus errors='[{"href":"#a","text":"Enter a"}]'></cyd-error-summary>`);
      expect(document.activeElement === summaryRoot(quiet)).to.equal(false);
    });

    it('is hidden when there are no errors', async () => {
      const summary = await fixture<CydErrorSummary>(html`<cyd-error-summary></cyd-error-summary>`);
      expect(summaryRoot(summary).hidden).to.equal(true);
      expect(summary.querySelector('h2')).to.equal(null);
    });

    it('reports a malformed list naming the fix', async () => {
      const errors = await consoleErrorsDuring(async () => {
        await fixture(html`<cyd-error-summary errors='[{"href":"#a"}]'></cyd-error-summary>`);
        await fixture(html`<cyd-error-summary errors='[{"href":"","text":"Enter a"}]'></cyd-error-summary>`);
        await fixture(html`<cyd-error-summary errors='{"href":"#a"'></cyd-error-summary>`);
      });
      expect(errors.some((e) => e.includes('errors[0] (#a) has no text'))).to.equal(true);
      expect(errors.some((e) => e.includes('errors[0] has href ""'))).to.equal(true);
      expect(errors.some((e) => e.includes('errors is not valid JSON'))).to.equal(true);
    });

    it('shows an error that belongs to no field as text, with the linked ones', async () => {
      const summary = await fixture<HTMLElement>(html`<cyd-error-summary
        errors='[{"text":{"en":"Your email address or password is wrong","cy":"Mae eich cyfeiriad e-bost neu gyfrinair yn anghywir"}},{"href":"#email","text":"Enter your email address"}]'
      ></cyd-error-summary>`);
      await settled(summary);
      expect(summaryRoot(summary).hidden, 'a list of only unlinked errors still shows').to.equal(false);
      const items = [...summary.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(['Your email address or password is wrong', 'Enter your email address']);
      expect(summary.querySelectorAll('li')[0]!.querySelector('a'), 'no link to nowhere').to.equal(null);
      expect(linkHrefs(summary)).to.deep.equal(['#email']);
      const alone = await fixture<HTMLElement>(html`<cyd-error-summary errors='[{"text":"The service is unavailable"}]'></cyd-error-summary>`);
      await settled(alone);
      expect(summaryRoot(alone).hidden).to.equal(false);
      expect(alone.textContent).to.contain('The service is unavailable');
      await expect(summary).to.be.accessible();
    });
  });

  describe('in a form', () => {
    it('lists the form’s empty required fields in order after a blocked submit, and takes focus', async () => {
      const { form, summary } = await applicationForm('en');
      expect(summaryRoot(summary).hidden, 'hidden before any submit').to.equal(true);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      // As a person submits: the browser, not a script, fires the invalid events.
      form.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(form);
      expect(submitted, 'blocked').to.equal(false);
      expect(summaryRoot(summary).hidden).to.equal(false);
      expect(linkTexts(summary)).to.deep.equal(['Enter your full name', 'Enter your email address']);
      expect(linkHrefs(summary)).to.deep.equal(['#full-name', '#email']);
      expect(document.activeElement === summaryRoot(summary), 'summary focused').to.equal(true);
    });

    it('lists them in Welsh, with no English', async () => {
      const { form, summary } = await applicationForm('cy');
      await trySubmit(form);
      expect(summary.querySelector('h2')!.textContent!.trim()).to.equal('Mae problem wedi codi');
      expect(linkTexts(summary)).to.deep.equal(['Rhowch eich enw llawn', 'Rhowch eich cyfeiriad e-bost']);
      expect(summary.textContent).to.not.match(/Enter|There is/);
    });

    it('re-words itself when the form’s language switches', async () => {
      const { form, summary } = await applicationForm('en');
      await trySubmit(form);
      await switchLanguage(form, 'cy');
      expect(linkTexts(summary)).to.deep.equal(['Rhowch eich enw llawn', 'Rhowch eich cyfeiriad e-bost']);
      await switchLanguage(form, 'en');
      expect(linkTexts(summary)).to.deep.equal(['Enter your full name', 'Enter your email address']);
    });

    it('moves focus to the field when a link is followed, with its label in view', async () => {
      const { form, summary, inputs } = await applicationForm('en');
      await trySubmit(form);
      const link = summary.querySelectorAll('a')[1]!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      const email = inputs[2]!.controls[0]!;
      expect(document.activeElement === email, 'email input focused').to.equal(true);
      const label = email.labels![0]!.getBoundingClientRect();
      expect(label.top).to.be.at.least(0);
      expect(label.bottom).to.be.at.most(window.innerHeight);
    });

    it('can be reached and followed with the keyboard alone', async () => {
      const { form, summary, inputs } = await applicationForm('en');
      await trySubmit(form);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === summary.querySelector('a'), 'Tab reaches the first link').to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement === inputs[0]!.controls[0], 'full name focused').to.equal(true);
    });

    it('keeps its list while the person types, and checks again on the next submit (GOV.UK)', async () => {
      const { form, summary, inputs } = await applicationForm('en');
      await trySubmit(form);
      const before = linkTexts(summary);
      expect(before.length).to.equal(2);
      inputs[0]!.focus();
      await type(inputs[0]!, 'Nia Ben Aur');
      await settled(form);
      expect(linkTexts(summary), 'typing changes nothing shown').to.deep.equal(before);
      expect(form.querySelector('cyd-text-input')!.errorMessage, 'nor the inline error, while the field has focus').to.not.equal('');
      inputs[2]!.focus();
      await settled(form);
      expect(form.querySelector('cyd-text-input')!.errorMessage, 'a field left fixed clears its own error').to.equal('');
      expect(linkTexts(summary), 'the summary waits for the next submit').to.deep.equal(before);
      await trySubmit(form);
      expect(linkTexts(summary)).to.deep.equal(['Enter your email address']);
      await type(inputs[2]!, 'nia@example.com');
      expect(await trySubmit(form), 'a valid form submits').to.not.equal(null);
      expect(summaryRoot(summary).hidden, 'and the summary goes').to.equal(true);
      expect(summary.querySelectorAll('a').length).to.equal(0);
    });

    it('summarises a form given by for="…" from outside it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cyd-error-summary for="permit-form"></cyd-error-summary>
        <form id="permit-form"><cyd-text-input name="reg" label="Vehicle registration" label-cy="Rhif cofrestru’r cerbyd" required></cyd-text-input></form>
        <form id="other-form"><cyd-text-input name="other" label="Other" required></cyd-text-input></form></div>`);
      await settled(wrapper);
      const summary = wrapper.querySelector('cyd-error-summary')!;
      await trySubmit(wrapper.querySelector<HTMLFormElement>('#other-form')!);
      expect(summaryRoot(summary).hidden, 'another form’s errors are not ours').to.equal(true);
      await trySubmit(wrapper.querySelector<HTMLFormElement>('#permit-form')!);
      expect(linkHrefs(summary)).to.deep.equal(['#reg']);
    });

    it('clears with the form’s reset', async () => {
      const { form, summary } = await applicationForm('en');
      await trySubmit(form);
      form.reset();
      // Controls follow a reset a task later; settled() waits past that task.
      await settled(form);
      expect(summaryRoot(summary).hidden).to.equal(true);
    });

    it('with update-title prefixes the page title in the summary’s language and restores it', async () => {
      const original = document.title;
      document.title = 'Apply for a parking permit';
      try {
        const { form, inputs } = await applicationForm('cy', 'update-title');
        await trySubmit(form);
        expect(document.title).to.equal('Gwall: Apply for a parking permit');
        await switchLanguage(form, 'en');
        expect(document.title).to.equal('Error: Apply for a parking permit');
        await type(inputs[0]!, 'Nia');
        await type(inputs[2]!, 'nia@example.com');
        await trySubmit(form);
        expect(document.title).to.equal('Apply for a parking permit');
      } finally {
        document.title = original;
      }
    });

    it('leaves the page title alone without update-title', async () => {
      const original = document.title;
      const { form } = await applicationForm('en');
      await trySubmit(form);
      expect(document.title).to.equal(original);
    });
  });

  it('keeps long Welsh errors inside a 320px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLElement>(html`<main lang="cy" style="width:320px"><cyd-error-summary no-autofocus
        errors='[{"href":"#a","text":"Rhowch enw’r pentref neu’r dref lle gwnaethoch gofrestru’r enedigaeth, er enghraifft Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"}]'></cyd-error-summary></main>`);
      await settled(wrapper);
      expect(wrapper.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible (axe) in English and Welsh, with its form', async () => {
    const { form } = await applicationForm('en');
    await trySubmit(form);
    await expectAccessibleInBothLanguages(form);
  });
});
