// <cyd-form-runner> in Chromium: the example forms run page by page with the
// engine, in English and Welsh, and the finished answers are posted to the
// real server runner (createFormHandler, mounted in the test server by
// test-server-plugin.js), which checks and stores them.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { CydFormRunner } from './form-runner.js';
import { MISSED_BIN_ANSWERS } from './examples.fixture.js';
import { householdForm } from '../server/household-form.fixture.js';
import { consoleErrorsDuring, settled, switchLanguage } from '../../../../test/support/helpers.js';

const EXAMPLES = '/packages/forms/examples';
const SERVER = '/cydran-forms-test';
/** Each example's form id: the test server mounts each form at its id. */
const FORM_IDS: Record<string, string> = { 'missed-bin': 'missed-bin', consultation: 'town-centre-consultation', 'blue-badge': 'blue-badge' };

interface Placed {
  root: HTMLElement;
  runner: CydFormRunner;
}

async function place(example: string, lang: 'en' | 'cy' = 'en', action = `${SERVER}/${FORM_IDS[example] ?? example}/submissions`): Promise<Placed> {
  const root = await fixture<HTMLElement>(
    html`<div lang=${lang}><cyd-form-runner src=${`${EXAMPLES}/${example}.json`} action=${action}></cyd-form-runner></div>`,
  );
  const runner = root.querySelector('cyd-form-runner')!;
  await runner.loaded;
  await settle(runner);
  return { root, runner };
}

/** Waits for the runner and every element of its step (they render after it), and for the focus it moves. */
async function settle(runner: CydFormRunner): Promise<void> {
  await runner.updateComplete;
  await settled(runner);
  await runner.updateComplete;
  await settled(runner);
}

const heading = (runner: CydFormRunner) => runner.querySelector('h1')?.textContent?.trim() ?? '';
const control = <T extends HTMLElement = HTMLInputElement>(runner: CydFormRunner, selector: string): T => {
  const found = runner.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} on step ${runner.currentStep}`);
  return found;
};

async function type(runner: CydFormRunner, name: string, text: string): Promise<void> {
  const input = control(runner, `input[name="${name}"], textarea[name="${name}"]`);
  input.focus();
  if (input instanceof HTMLInputElement) input.select();
  await sendKeys({ type: text });
}

async function choose(runner: CydFormRunner, name: string, value: string): Promise<void> {
  control(runner, `input[name="${name}"][value="${value}"]`).click();
  await settle(runner);
}

/** Continue (or send), pressed as a person would: Enter on the focused button. */
async function press(runner: CydFormRunner): Promise<void> {
  const buttons = [...runner.querySelectorAll<HTMLButtonElement>('form button')];
  const button = buttons.at(-1);
  if (!button) throw new Error(`no button on step ${runner.currentStep}`);
  button.focus();
  await sendKeys({ press: 'Enter' });
  await runner.sent;
  await settle(runner);
}

async function chooseCouncil(runner: CydFormRunner, typed: string): Promise<void> {
  const input = control(runner, 'input[role="combobox"]');
  input.focus();
  await sendKeys({ type: typed });
  await settle(runner);
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await settle(runner);
}

const errorSummaryLinks = (runner: CydFormRunner) => [...runner.querySelectorAll('cyd-error-summary a')].map((a) => a.textContent?.trim());

async function storedSubmissions(formId: string): Promise<{ reference: string; locale: string; answers: Record<string, unknown> }[]> {
  const response = await fetch(`${SERVER}/_submissions/${formId}`);
  if (response.status === 404) {
    throw new Error(
      'The forms test server is not running: add formsTestServerPlugin() (packages/forms/src/client/test-server-plugin.js) to web-test-runner.config.js, or run with --config packages/forms/src/client/web-test-runner.config.js.',
    );
  }
  return response.json();
}

// Every journey here ends at the real handler: say at once, and how to fix it, when it is not there.
before(() => storedSubmissions('missed-bin'));

/** Missed-bin's bins and collection date pages, answered. */
async function answerBinsAndDate(runner: CydFormRunner): Promise<void> {
  await choose(runner, 'bins', 'general');
  await press(runner);
  await type(runner, 'collection-date-day', '2');
  await type(runner, 'collection-date-month', '3');
  await type(runner, 'collection-date-year', '2026');
  await press(runner);
}

/** The consultation answered to check answers: every question, the optional comment left out. */
async function answerConsultation(runner: CydFormRunner): Promise<void> {
  await choose(runner, 'visits', control(runner, 'input[name="visits"]').value);
  await press(runner);
  for (const input of [...runner.querySelectorAll<HTMLInputElement>('input[type="radio"][value="agree"]')]) input.click();
  await press(runner);
  await choose(runner, 'recommend', '8');
  await press(runner);
  await choose(runner, 'satisfaction', '4');
  await press(runner);
  control(runner, 'input[name="improvements"]').click();
  await press(runner);
  await press(runner); // comments: optional
  expect(runner.currentStep).to.equal('check-answers');
}

describe('cyd-form-runner', () => {
  it('runs missed-bin to the end: an error and its correction, branching to the exit page and back, a language switch keeping answers, a change from check answers, and the post to the real handler', async () => {
    const { root, runner } = await place('missed-bin');
    expect(runner.currentStep).to.equal('council');
    expect(heading(runner)).to.equal('Which council collects your bins?');
    expect(runner.querySelector('cyd-back-link'), 'the first page has nowhere to go back to').to.equal(null);

    // An error: Continue with nothing chosen. The summary takes focus and links to the field.
    await press(runner);
    expect(runner.currentStep).to.equal('council');
    expect(errorSummaryLinks(runner)).to.have.length(1);
    expect(document.activeElement?.closest('cyd-error-summary'), 'focus moves to the error summary').to.not.equal(null);
    expect(runner.querySelector('cyd-select .cyd-error-message'), 'the field shows the error too').to.not.equal(null);

    // Corrected.
    await chooseCouncil(runner, 'Cardiff');
    await press(runner);
    expect(runner.currentStep).to.equal('address');
    expect(document.activeElement?.closest('h1, legend'), 'focus moves to the page heading').to.not.equal(null);

    // Half-way through the address, the page switches to Welsh: what was typed stays, the page is Welsh.
    await type(runner, 'address-line1', '1 Heol y Frenhines');
    await type(runner, 'address-town', 'Caerdydd');
    await switchLanguage(root, 'cy');
    await settle(runner);
    expect(heading(runner)).to.equal('Beth yw cyfeiriad y casgliad a fethwyd?');
    expect(control(runner, 'input[name="address-line1"]').value).to.equal('1 Heol y Frenhines');
    expect(control(runner, 'input[name="address-town"]').value).to.equal('Caerdydd');
    // Continue without the postcode: the error is in Welsh, and switching back gives it in English, keeping the values.
    await press(runner);
    const welsh = errorSummaryLinks(runner);
    expect(welsh).to.have.length(1);
    await switchLanguage(root, 'en');
    await settle(runner);
    const english = errorSummaryLinks(runner);
    expect(english).to.have.length(1);
    expect(english[0]).to.not.equal(welsh[0]);
    expect(control(runner, 'input[name="address-town"]').value).to.equal('Caerdydd');
    await type(runner, 'address-postcode', 'CF10 1AA');
    await press(runner);
    expect(runner.currentStep).to.equal('bins');

    await answerBinsAndDate(runner);

    // Branching: bins not out leads to the exit page; Back returns, and yes goes on.
    await choose(runner, 'bin-out', 'no');
    await press(runner);
    expect(runner.currentStep).to.equal('not-out');
    expect(heading(runner)).to.equal('We cannot record this as a missed collection');
    expect(runner.querySelector('form'), 'an exit page has nothing to send').to.equal(null);
    control<HTMLAnchorElement>(runner, 'cyd-back-link a').click();
    await settle(runner);
    expect(runner.currentStep).to.equal('bin-out');
    expect(control(runner, 'input[name="bin-out"][value="no"]').checked, 'the answer given is shown again').to.equal(true);
    await choose(runner, 'bin-out', 'yes');
    await press(runner);
    expect(runner.currentStep).to.equal('details');
    await press(runner); // optional
    await type(runner, 'email', 'sian@example.com');
    await press(runner);

    // Check answers, a change that returns to it.
    expect(runner.currentStep).to.equal('check-answers');
    expect(heading(runner)).to.equal('Check your answers before sending your application');
    const change = [...runner.querySelectorAll<HTMLAnchorElement>('cyd-summary-list a')].find((a) => a.textContent?.includes('Which bins were missed?'));
    expect(change, 'a change link for the bins').to.not.equal(undefined);
    change!.click();
    await settle(runner);
    expect(runner.currentStep).to.equal('bins');
    expect(control(runner, 'input[name="bins"][value="general"]').checked).to.equal(true);
    await choose(runner, 'bins', 'recycling');
    await press(runner);
    expect(runner.currentStep, 'a change returns to check answers').to.equal('check-answers');
    expect(runner.querySelector('cyd-summary-list')!.textContent).to.contain('General waste and Recycling');

    // Send, in Welsh: the real handler stores it and the panel shows its reference.
    await switchLanguage(root, 'cy');
    await settle(runner);
    await press(runner);
    expect(runner.currentStep).to.equal('confirmation');
    const panel = runner.querySelector('cyd-panel')!;
    expect(panel.textContent).to.contain('Casgliad a fethwyd wedi’i gofnodi');
    const stored = (await storedSubmissions('missed-bin')).at(-1)!;
    expect(panel.textContent).to.contain(stored.reference);
    expect(stored.locale).to.equal('cy');
    expect(stored.answers).to.deep.equal(MISSED_BIN_ANSWERS);
    expect(document.activeElement?.closest('cyd-panel'), 'focus moves to the confirmation').to.not.equal(null);
  });

  it('goes back a page with the browser’s Back button, keeping the answers', async () => {
    const { runner } = await place('consultation');
    await choose(runner, 'visits', control(runner, 'input[name="visits"]').value);
    await press(runner);
    expect(runner.currentStep).to.equal('views');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await settle(runner);
    expect(runner.currentStep).to.equal('visits');
    expect(runner.querySelector<HTMLInputElement>('input[name="visits"]:checked'), 'the answer is kept').to.not.equal(null);
  });

  it('is worked from the keyboard: from the heading, Shift+Tab reaches the back link, and Enter follows it', async () => {
    const { runner } = await place('consultation');
    await choose(runner, 'visits', 'weekly');
    await press(runner);
    expect(runner.currentStep).to.equal('views');
    expect(document.activeElement?.localName, 'focus is on the heading').to.equal('h1');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement?.closest('cyd-back-link'), 'the back link is next').to.not.equal(null);
    await sendKeys({ press: 'Enter' });
    await settle(runner);
    expect(runner.currentStep).to.equal('visits');
    expect(control(runner, 'input[name="visits"][value="weekly"]').checked).to.equal(true);
  });

  it('keeps everything when the send fails, says so in the person’s language, and sends again', async () => {
    const { root, runner } = await place('consultation', 'cy');
    await answerConsultation(runner);
    await fetch(`${SERVER}/_fail-next`, { method: 'POST' });
    const errors = await consoleErrorsDuring(() => press(runner));
    expect(errors.join('\n')).to.contain('the server answered 503');
    expect(runner.currentStep, 'still on check answers').to.equal('check-answers');
    const summary = runner.querySelector('cyd-error-summary')!;
    expect(summary.textContent).to.contain('Nid yw eich atebion wedi’u hanfon');
    expect(document.activeElement?.closest('cyd-error-summary')).to.equal(summary);
    await switchLanguage(root, 'en');
    await settle(runner);
    expect(runner.querySelector('cyd-error-summary')!.textContent).to.contain('Your answers have not been sent');
    const before = (await storedSubmissions('town-centre-consultation')).length;
    await press(runner);
    expect(runner.currentStep).to.equal('confirmation');
    const after = await storedSubmissions('town-centre-consultation');
    expect(after.length).to.equal(before + 1);
    expect(after.at(-1)!.answers.recommend).to.equal(8);
  });

  it('says the form has changed when the server runs another version, keeping the answers', async () => {
    const definition = { ...(await (await fetch(`${EXAMPLES}/missed-bin.json`)).json()), version: 2 };
    const root = await fixture<HTMLElement>(
      html`<div lang="cy"><cyd-form-runner .definition=${definition} action=${`${SERVER}/missed-bin/submissions`}></cyd-form-runner></div>`,
    );
    const runner = root.querySelector('cyd-form-runner')!;
    await settle(runner);
    runner.restore({ answers: MISSED_BIN_ANSWERS, step: 'check-answers' });
    await settle(runner);
    const errors = await consoleErrorsDuring(() => press(runner));
    expect(errors.join('\n')).to.contain("the server runs another version of form 'missed-bin' than src gives (version 2)");
    expect(runner.currentStep).to.equal('check-answers');
    expect(runner.querySelector('cyd-error-summary')!.textContent).to.contain('Mae’r ffurflen hon wedi newid');
    expect(runner.answers).to.deep.equal(MISSED_BIN_ANSWERS);
  });

  it('shows a form in one language in that language, marked with its lang, on a page in the other', async () => {
    const consultation = await (await fetch(`${EXAMPLES}/consultation.json`)).json();
    const englishOnly = JSON.parse(JSON.stringify(consultation, (key, value) => (key === 'cy' ? undefined : value)));
    englishOnly.languages = ['en'];
    const root = await fixture<HTMLElement>(html`<div lang="cy"><cyd-form-runner .definition=${englishOnly} action="/x"></cyd-form-runner></div>`);
    const runner = root.querySelector('cyd-form-runner')!;
    await settle(runner);
    expect(heading(runner)).to.equal('How often do you visit the town centre?');
    expect(runner.querySelector('[data-cyd-root]')!.getAttribute('lang')).to.equal('en');
    expect(runner.querySelector('button')!.textContent!.trim()).to.equal('Continue');
  });

  it('refuses a form with a file question, naming it, and says so in the page’s language', async () => {
    let placed: Placed | undefined;
    const errors = await consoleErrorsDuring(async () => {
      placed = await place('blue-badge', 'cy');
    });
    expect(errors.join('\n')).to.contain("question 'proof' on page 'proof' asks for a file");
    expect(errors.join('\n')).to.contain('<cyd-form-runner src="/packages/forms/examples/blue-badge.json">');
    expect(heading(placed!.runner)).to.equal('Mae’n ddrwg gennym, nid yw’r ffurflen hon yn gweithio ar hyn o bryd');
    await switchLanguage(placed!.root, 'en');
    await settle(placed!.runner);
    expect(heading(placed!.runner)).to.equal('Sorry, this form is not working at the moment');
  });

  it('reports a definition it cannot fetch, and one that is not valid, naming the attribute and the fix', async () => {
    const missing = await consoleErrorsDuring(() => place('no-such-form'));
    expect(missing.join('\n')).to.contain('src="/packages/forms/examples/no-such-form.json">: the definition could not be fetched (HTTP 404)');
    const invalid = await consoleErrorsDuring(async () => {
      const root = await fixture<HTMLElement>(html`<div lang="en"><cyd-form-runner src="/packages/forms/package.json" action="/x"></cyd-form-runner></div>`);
      await root.querySelector('cyd-form-runner')!.loaded;
    });
    expect(invalid.join('\n')).to.contain('the definition is not valid');
  });

  it('reports a server that refuses this origin, naming submissionOrigins', async () => {
    const { runner } = await place('consultation', 'en', `${SERVER}/strict/town-centre-consultation/submissions`);
    await answerConsultation(runner);
    const errors = await consoleErrorsDuring(() => press(runner));
    expect(errors.join('\n')).to.contain(`Add '${window.location.origin}' to submissionOrigins`);
    expect(runner.querySelector('cyd-error-summary')!.textContent).to.contain('Your answers could not be sent');
  });

  it('is accessible in English and Welsh: a first page, an error, check answers and the confirmation', async () => {
    const { root, runner } = await place('missed-bin');
    const check = async () => {
      // Welsh first: the steps after each check are answered in English.
      for (const locale of ['cy', 'en'] as const) {
        await switchLanguage(root, locale);
        await settle(runner);
        await expect(root).to.be.accessible();
      }
    };
    await check();
    await press(runner);
    await check();
    await chooseCouncil(runner, 'Cardiff');
    await press(runner);
    await check(); // the address: a fieldset of fields
    await type(runner, 'address-line1', '1 Heol y Frenhines');
    await type(runner, 'address-town', 'Caerdydd');
    await type(runner, 'address-postcode', 'CF10 1AA');
    await press(runner);
    await answerBinsAndDate(runner);
    await choose(runner, 'bin-out', 'yes');
    await press(runner);
    await press(runner);
    await type(runner, 'email', 'sian@example.com');
    await press(runner);
    expect(runner.currentStep).to.equal('check-answers');
    await check();
    const problems = await consoleErrorsDuring(() => press(runner));
    expect(runner.currentStep, problems.join('\n')).to.equal('confirmation');
    await check();
  });

  it('asks a likert and ratings, as the consultation does, with every statement its own group', async () => {
    const { runner } = await place('consultation');
    await choose(runner, 'visits', control(runner, 'input[name="visits"]').value);
    await press(runner);
    expect(runner.currentStep).to.equal('views');
    expect(heading(runner), 'the likert’s legend is the page heading').to.equal('How much do you agree with these statements?');
    await press(runner);
    const statements = runner.querySelectorAll('cyd-fieldset cyd-radios');
    expect(errorSummaryLinks(runner).length, 'one error per statement').to.equal(statements.length);
    expect(statements.length).to.be.greaterThan(1);
  });

  it('runs a repeating page: add, add another, change, remove, at least one, and sends the items', async () => {
    // The fixture without its file upload, as the test server runs it too.
    const form = { ...householdForm, pages: householdForm.pages.filter((page) => page.id !== 'evidence') };
    const root = await fixture<HTMLElement>(
      html`<div lang="en"><cyd-form-runner .definition=${form} action=${`${SERVER}/council-tax-discount/submissions`}></cyd-form-runner></div>`,
    );
    const runner = root.querySelector('cyd-form-runner')!;
    await settle(runner);
    // No items yet: the first item's page, with its caption.
    expect(runner.querySelector('.cyd-caption-l')?.textContent).to.equal('Person 1');
    await type(runner, 'person-name', 'Rhys');
    await choose(runner, 'person-student', 'yes');
    await press(runner);
    expect(heading(runner)).to.equal('Check the person details you have added');
    // Continue without saying whether to add another: an error, in the runner's words.
    await press(runner);
    expect(errorSummaryLinks(runner)).to.deep.equal(['Select yes if you want to add another person']);
    await choose(runner, 'add-another', 'yes');
    await press(runner);
    expect(runner.querySelector('.cyd-caption-l')?.textContent).to.equal('Person 2');
    await type(runner, 'person-name', 'Elin');
    await choose(runner, 'person-student', 'no');
    await press(runner);
    expect(runner.querySelectorAll('cyd-summary-card')).to.have.length(2);
    // Remove the first: asked first, in Welsh after a switch.
    const cards = () => [...runner.querySelectorAll('cyd-summary-card')];
    cards()[0]!.querySelectorAll('a')[1]!.click(); // Change, then Remove
    await settle(runner);
    await switchLanguage(root, 'cy');
    await settle(runner);
    expect(heading(runner)).to.equal('Ydych chi’n siŵr eich bod eisiau dileu person 1?');
    await choose(runner, 'remove', 'yes');
    await press(runner);
    await switchLanguage(root, 'en');
    await settle(runner);
    expect(cards()).to.have.length(1);
    expect(cards()[0]!.textContent).to.contain('Elin');
    await choose(runner, 'add-another', 'no');
    await press(runner);
    expect(runner.currentStep).to.equal('views');
    await choose(runner, 'views.clear', 'agree');
    await choose(runner, 'views.quick', 'agree');
    await press(runner);
    expect(runner.currentStep).to.equal('check-answers');
    // A change to an item from check answers returns there.
    const change = [...runner.querySelectorAll<HTMLAnchorElement>('cyd-summary-list a')].find((a) => a.textContent?.includes('Person 1: Full name'))!;
    change.click();
    await settle(runner);
    expect(control(runner, 'input[name="person-name"]').value).to.equal('Elin');
    await type(runner, 'person-name', 'Elin Haf');
    await press(runner);
    await choose(runner, 'add-another', 'no');
    await press(runner);
    expect(runner.currentStep).to.equal('check-answers');
    await press(runner);
    expect(runner.currentStep).to.equal('confirmation');
    const stored = (await storedSubmissions('council-tax-discount')).at(-1)!;
    expect(stored.answers.people).to.deep.equal([{ 'person-name': 'Elin Haf', 'person-student': false }]);
  });
});
