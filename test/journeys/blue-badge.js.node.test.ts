// "Apply for a Blue Badge" with JavaScript on: the same server-rendered page
// and server, with the elements bundled from source. The browser checks the
// answers first (the same @cydran/data-model schemas as the server), so a
// submit with mistakes never reaches the server; the error summary takes
// focus and its links move focus to the fields; the language toggle switches
// the page to Welsh in place without losing anything typed; the conditional
// question and the exclusive checkbox behave; the fixed form posts exactly
// the expected values, and the server agrees they are right.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { type BlueBadgeServer, PAGE_PATH, serveBlueBadge } from './blue-badge.page.js';
import { choosePhoto, readState, retype, settled, writePhoto, correctedAnswers } from './support.js';
import { launchChromium } from '../progressive-enhancement/support.js';

const SUBMIT = '#blue-badge button[type="submit"]';

describe('applying for a Blue Badge with JavaScript on', () => {
  let server: BlueBadgeServer;
  let browser: Browser;
  const photo = writePhoto();

  before(async () => {
    [server, browser] = await Promise.all([serveBlueBadge({ scripted: true }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('blocks a submit with errors, switches to Welsh in place keeping the answers, and posts exactly the fixed answers', async (t) => {
    // A fresh profile: no remembered language, no session.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const postsSeenByBrowser: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') postsSeenByBrowser.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${message.text()} (${message.location().url ?? ''})`);
    });
    try {
      await page.goto(`${server.origin}${PAGE_PATH.en}`);
      await settled(page);
      assert.equal(await page.evaluate(() => !!customElements.get('cyd-checkboxes')), true, 'the elements upgraded');
      // In place: a button, not a link (the server render of this toggle is hidden until the script runs).
      assert.equal(await page.$eval('cyd-language-toggle [data-cyd-locale="cy"]', (b) => b.localName), 'button');

      // ---- answers, some wrong ---------------------------------------------
      await page.type('#full-name', 'Siân ap Rhys');
      await page.type('#dob-day', '31'); // 31 February
      await page.type('#dob-month', '2');
      await page.type('#dob-year', '1950');
      await page.type('#nhs-number', '943 476 5918'); // wrong check digit
      await page.type('#postcode', 'CF10');
      await page.type('#walking-description', 'I can walk about 20 metres before I have to stop.');

      // The conditional question appears under "Yes" and goes (disabled, so not posted) under "No", keeping its answer.
      const conditional = () =>
        page.$eval('#pip-points', (input) => ({
          visible: (input as HTMLElement).offsetParent !== null,
          disabled: (input as HTMLInputElement).matches(':disabled'),
          value: (input as HTMLInputElement).value,
        }));
      assert.deepEqual(await conditional(), { visible: false, disabled: true, value: '' }, 'hidden until "Yes"');
      await page.click('#pip');
      assert.deepEqual(await conditional(), { visible: true, disabled: false, value: '' });
      await page.type('#pip-points', '8');
      await page.click('#pip-2');
      assert.deepEqual(await conditional(), { visible: false, disabled: true, value: '8' });

      // "None of these" clears the others, and another answer clears it.
      const ticked = () =>
        page.$$eval('cyd-checkboxes input', (boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value));
      await page.click('#conditions');
      await page.click('#conditions-2');
      assert.deepEqual(await ticked(), ['walking', 'arms']);
      await page.click('#conditions-4');
      assert.deepEqual(await ticked(), ['none']);
      await page.click('#conditions');
      assert.deepEqual(await ticked(), ['walking']);

      // ---- submit: blocked in the browser ----------------------------------
      await page.click(SUBMIT);
      await page.waitForSelector('.cyd-error-summary:not([hidden])');
      await settled(page);
      assert.equal(new URL(page.url()).pathname, PAGE_PATH.en, 'no navigation');
      assert.deepEqual(postsSeenByBrowser, [], 'the browser sent nothing');
      assert.equal(server.posts.length, 0);
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('cyd-error-summary')), true, 'the summary has focus');

      const englishErrors: [string, string][] = [
        ['#dob-day', 'Date of birth must be a real date'],
        ['#ni-number', 'Enter your National Insurance number'],
        ['#nhs-number', 'Enter a real NHS number'],
        ['#address-line-1', 'Enter the first line of your address'],
        ['#town', 'Enter your town or city'],
        ['#postcode', 'Enter a full UK postcode, like CF10 1EP'],
        ['#email', 'Enter your email address'],
        ['#council', 'Select your council'],
        ['#photo', 'Select a photo of yourself'],
        ['#password', 'Create a password'],
      ];
      const english = await readState(page);
      assert.equal(english.title, 'Error: Apply for a Blue Badge');
      assert.equal(english.summaryHeading, 'There is a problem');
      assert.deepEqual(english.summary, englishErrors, 'the same messages the server would give, in page order');
      assert.equal(Object.keys(english.inline).length, englishErrors.length, `one inline error per problem: ${JSON.stringify(english.inline)}`);
      assert.equal(english.inline['nhs-number-error'], 'Error: Enter a real NHS number');
      assert.equal(english.inline['dob-fieldset-error'], 'Error: Date of birth must be a real date');

      await t.test('a submit that Cydran’s checks blocked does not start the double-click guard', async () => {
        const submits = await page.evaluate(async () => {
          const seen = { count: 0 };
          window.addEventListener('submit', () => seen.count++, { capture: true });
          document.querySelector<HTMLButtonElement>('#blue-badge button[type="submit"]')!.click();
          await new Promise((resolve) => setTimeout(resolve, 0));
          return seen.count;
        });
        assert.equal(submits, 1, 'a second try straight away is checked again');
      });

      // The summary's links move focus to the field.
      await page.click('.cyd-error-summary a[href="#nhs-number"]');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'nhs-number');
      await page.click('.cyd-error-summary a[href="#dob-day"]');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'dob-day');

      // ---- switch to Welsh in place -----------------------------------------
      const typed = english.controls;
      await page.click('cyd-language-toggle [data-cyd-locale="cy"]');
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      await settled(page);
      const welsh = await readState(page);
      assert.deepEqual(welsh.controls, typed, 'nothing typed, ticked or chosen was lost');
      assert.equal(await page.$eval('h1', (h) => h.textContent), 'Gwneud cais am Fathodyn Glas', 'the page switched its own heading');
      await t.test('the page title follows the language', () => assert.equal(welsh.title, 'Gwall: Gwneud cais am Fathodyn Glas'));
      assert.match(welsh.title, /^Gwall: /, 'the error prefix is Welsh');
      assert.equal(welsh.summaryHeading, 'Mae problem wedi codi');
      assert.deepEqual(welsh.summary, [
        ['#dob-day', "Rhaid i'r dyddiad geni fod yn ddyddiad go iawn"],
        ['#ni-number', 'Rhowch eich rhif Yswiriant Gwladol'],
        ['#nhs-number', 'Rhowch rif GIG go iawn'],
        ['#address-line-1', 'Rhowch linell gyntaf eich cyfeiriad'],
        ['#town', 'Rhowch eich tref neu ddinas'],
        ['#postcode', 'Rhowch god post llawn yn y DU, fel CF10 1EP'],
        ['#email', 'Rhowch eich cyfeiriad e-bost'],
        ['#council', 'Dewiswch eich cyngor'],
        ['#photo', 'Dewiswch lun ohonoch chi’ch hun'],
        ['#password', 'Crëwch gyfrinair'],
      ]);
      assert.equal(welsh.inline['nhs-number-error'], 'Gwall: Rhowch rif GIG go iawn');
      for (const label of [
        'Enw llawn',
        'Diwrnod',
        'Mis',
        'Blwyddyn',
        'Beth yw eich cyfeiriad?',
        'Cod post',
        'Ydw',
        'Nac ydw',
        'Dim un o’r rhain',
        'Crëwch gyfrinair',
      ]) {
        assert.ok(welsh.labels.includes(label), `Welsh label "${label}" in ${JSON.stringify(welsh.labels)}`);
      }
      const bodyText = await page.$eval('body', (b) => b.innerText);
      assert.match(bodyText, /Mae gennych \d+ nod yn weddill/, 'the live character count is in Welsh');
      assert.match(bodyText, /Dim ffeil wedi’i dewis/, 'the file upload’s own words are in Welsh');
      assert.match(bodyText, /Dangos/, 'the password toggle is in Welsh');
      for (const word of [
        'Error',
        'There is a problem',
        'Day',
        'Month',
        'Year',
        'Full name',
        'Yes',
        'None of these',
        'Send application',
        'characters remaining',
        'No file chosen',
        'Show',
        'optional',
      ]) {
        assert.ok(!new RegExp(`\\b${word}\\b`).test(bodyText), `"${word}" on the Welsh page`);
      }
      assert.equal(await page.$eval('cyd-language-toggle button', (b) => b.getAttribute('data-cyd-locale')), 'en', 'it now offers English');

      // ---- fix the mistakes, in Welsh ----------------------------------------
      await retype(page, '#dob-day', '28');
      await page.type('#ni-number', 'jg 10 37 26 c');
      await retype(page, '#nhs-number', '943 476 5919');
      await page.type('#address-line-1', '1 Heol y Frenhines');
      await page.type('#town', 'Caerdydd');
      await retype(page, '#postcode', 'cf10 1ep');
      await page.type('#email', 'sian@example.cymru');
      await page.select('#council', 'gwynedd');
      await choosePhoto(page, photo.path);
      await page.type('#password', 'correct horse battery');
      // The person checks what they typed; the password is hidden again before the form submits.
      await page.click('cyd-password-input button');
      assert.equal(await page.$eval('#password', (i) => (i as HTMLInputElement).type), 'text');
      await settled(page);
      // As on GOV.UK, the summary keeps its list while the person fixes the answers; each fixed field has cleared its own error.
      assert.equal((await readState(page)).summary.length, englishErrors.length, 'the summary waits for the next submit');
      assert.equal((await readState(page)).inline['nhs-number-error'], undefined, 'a field left fixed has cleared its own error');
      assert.equal(await page.$eval('#photo', (i) => (i as HTMLInputElement).files?.[0]?.name), photo.name);

      await Promise.all([page.waitForNavigation(), page.click(SUBMIT)]);
      assert.equal(await page.$eval('h1', (h) => h.textContent), 'Cais wedi’i anfon', 'the server answered in the chosen language');
      assert.deepEqual(postsSeenByBrowser, [`${server.origin}${PAGE_PATH.en}`], 'one post');
      assert.deepEqual(server.posts, [
        {
          path: PAGE_PATH.en,
          // The toggle remembered the choice in a cookie the server reads.
          locale: 'cy',
          fields: {
            ...correctedAnswers(photo),
            council: 'gwynedd',
            pip: 'no',
            // No pip-points: hidden under "No", so disabled and not posted.
            // Added by <cyd-date-input iso-name> through the form's formdata event.
            'date-of-birth': '1950-02-28',
          },
        },
      ]);
      assert.deepEqual(pageErrors, [], 'no script errors or developer errors');
    } finally {
      await context.close();
    }
  });
});
