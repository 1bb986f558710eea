// "Apply for a Blue Badge" with JavaScript off: every Cydran control in one
// server-rendered native form. The person submits with mistakes, gets the
// server's error summary and inline errors, switches to Welsh with the
// language link (their answers and errors come with them, in Welsh), fixes
// the mistakes and sends the application. The server's checks use the same
// @cydran/data-model schemas as the browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { type BlueBadgeServer, PAGE_PATH, serveBlueBadge } from './blue-badge.page.js';
import { choosePhoto, clickAndWait, readState, retype, writePhoto, correctedAnswers } from './support.js';
import { launchChromium } from '../progressive-enhancement/support.js';

const SUBMIT = '#blue-badge button[type="submit"]';

describe('applying for a Blue Badge with JavaScript off', () => {
  let server: BlueBadgeServer;
  let browser: Browser;
  const photo = writePhoto();

  before(async () => {
    [server, browser] = await Promise.all([serveBlueBadge(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh browser profile (no session cookie) with scripts off. */
  async function open(path: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}${path}`);
    return { context, page };
  }

  it('submits with errors, switches to Welsh keeping the answers, fixes them and sends every value', async () => {
    const { context, page } = await open(PAGE_PATH.en);
    try {
      assert.equal(await page.evaluate(() => typeof customElements.get('cyd-text-input')), 'undefined', 'no script ran');
      // The skip link and the language link are plain links that work without script.
      assert.equal(await page.$eval('cyd-skip-link a', (a) => a.getAttribute('href')), '#main-content');
      assert.deepEqual(
        await page.$eval('cyd-language-toggle a', (a) => [
          a.getAttribute('href'),
          a.getAttribute('hreflang'),
          a.getAttribute('lang'),
          a.textContent?.replace(/\s+/g, ' ').trim(),
        ]),
        [PAGE_PATH.cy, 'cy', 'cy', 'Cymraeg (Newid yr iaith i’r Gymraeg)'],
      );

      // ---- first attempt, with mistakes ------------------------------------
      await page.type('#full-name', 'Siân ap Rhys');
      await page.type('#dob-day', '31'); // 31 February: not a real date
      await page.type('#dob-month', '2');
      await page.type('#dob-year', '1950');
      await page.type('#ni-number', 'jg 10 37 26 c');
      await page.type('#nhs-number', '943 476 5918'); // wrong check digit
      await page.type('#address-line-1', '1 Heol y Frenhines');
      await page.type('#town', 'Caerdydd');
      await page.type('#postcode', 'CF10'); // not a full postcode
      await page.type('#email', 'sian@example.cymru');
      await page.select('#council', 'cardiff');
      await page.click('#pip'); // "Yes", and the points box (shown: no script) left empty
      await page.click('#conditions'); // walking…
      await page.click('#conditions-4'); // …and "None of these": nothing unticks the other without script
      await page.type('#walking-description', 'I can walk about 20 metres before I have to stop.');
      // No photo, no password.

      await clickAndWait(page, SUBMIT);
      assert.equal(server.posts.length, 1);
      assert.deepEqual(server.posts[0], {
        path: PAGE_PATH.en,
        locale: 'en',
        fields: {
          'full-name': 'Siân ap Rhys',
          'dob-day': '31',
          'dob-month': '2',
          'dob-year': '1950',
          'ni-number': 'jg 10 37 26 c',
          'nhs-number': '943 476 5918',
          'address-line-1': '1 Heol y Frenhines',
          town: 'Caerdydd',
          postcode: 'CF10',
          email: 'sian@example.cymru',
          phone: '',
          council: 'cardiff',
          pip: 'yes',
          'pip-points': '',
          conditions: ['walking', 'none'],
          'walking-description': 'I can walk about 20 metres before I have to stop.',
          'more-detail': '',
          // No file chosen: a multipart form still sends the part, empty and unnamed.
          photo: { file: '', type: 'application/octet-stream', size: 0 },
          password: '',
          // No date-of-birth: with JavaScript off only the three parts are sent.
        },
      });

      const english = await readState(page);
      assert.equal(english.lang, 'en');
      assert.equal(english.title, 'Error: Apply for a Blue Badge');
      assert.equal(english.summaryHeading, 'There is a problem');
      assert.deepEqual(english.summary, [
        ['#dob-day', 'Date of birth must be a real date'],
        ['#nhs-number', 'Enter a real NHS number'],
        ['#postcode', 'Enter a full UK postcode, like CF10 1EP'],
        ['#pip-points', 'Enter your points for moving around'],
        ['#conditions', 'Select ‘None of these’ on its own, or untick it'],
        ['#photo', 'Select a photo of yourself'],
        ['#password', 'Create a password'],
      ]);
      assert.deepEqual(english.inline, {
        'dob-fieldset-error': 'Error: Date of birth must be a real date',
        'nhs-number-error': 'Error: Enter a real NHS number',
        'postcode-error': 'Error: Enter a full UK postcode, like CF10 1EP',
        'pip-points-error': 'Error: Enter your points for moving around',
        'conditions-fieldset-error': 'Error: Select ‘None of these’ on its own, or untick it',
        'photo-error': 'Error: Select a photo of yourself',
        'password-error': 'Error: Create a password',
      });
      // Only the wrong date box is marked.
      assert.deepEqual(await page.$$eval('cyd-date-input input', (inputs) => inputs.map((i) => i.getAttribute('aria-invalid'))), ['true', null, null]);
      // Everything typed comes back, except the password (never written into a page) and the file (browsers cannot be given one).
      const typedBack = {
        'full-name': 'Siân ap Rhys',
        'dob-day': '31',
        'dob-month': '2',
        'dob-year': '1950',
        'ni-number': 'jg 10 37 26 c',
        'nhs-number': '943 476 5918',
        'address-line-1': '1 Heol y Frenhines',
        town: 'Caerdydd',
        postcode: 'CF10',
        email: 'sian@example.cymru',
        phone: '',
        council: 'cardiff',
        pip: true,
        'pip-points': '',
        'pip-2': false,
        conditions: true,
        'conditions-2': false,
        'conditions-3': false,
        'conditions-4': true,
        'walking-description': 'I can walk about 20 metres before I have to stop.',
        'more-detail': '',
        photo: '',
        password: '',
      };
      assert.deepEqual(english.controls, typedBack);

      // The summary's links reach their fields.
      await page.click('.cyd-error-summary a[href="#nhs-number"]');
      assert.deepEqual(
        await page.evaluate(() => [location.hash, document.querySelector(':target')?.id, document.querySelector(':target') instanceof HTMLInputElement]),
        ['#nhs-number', 'nhs-number', true],
      );

      // ---- switch to Welsh with the language link ---------------------------
      await clickAndWait(page, 'cyd-language-toggle a[hreflang="cy"]');
      assert.equal(new URL(page.url()).pathname, PAGE_PATH.cy);
      const welsh = await readState(page);
      assert.equal(welsh.lang, 'cy');
      assert.equal(welsh.title, 'Gwall: Gwneud cais am Fathodyn Glas');
      assert.equal(welsh.summaryHeading, 'Mae problem wedi codi');
      assert.deepEqual(welsh.summary, [
        ['#dob-day', "Rhaid i'r dyddiad geni fod yn ddyddiad go iawn"], // data-model's words, as the browser shows them
        ['#nhs-number', 'Rhowch rif GIG go iawn'],
        ['#postcode', 'Rhowch god post llawn yn y DU, fel CF10 1EP'],
        ['#pip-points', 'Rhowch eich pwyntiau am symud o gwmpas'],
        ['#conditions', 'Dewiswch ‘Dim un o’r rhain’ ar ei ben ei hun, neu tynnwch y tic'],
        ['#photo', 'Dewiswch lun ohonoch chi’ch hun'],
        ['#password', 'Crëwch gyfrinair'],
      ]);
      assert.deepEqual(
        Object.values(welsh.inline).map((message) => message.split(':')[0]),
        Array(7).fill('Gwall'),
        'every inline error is prefixed in Welsh',
      );
      assert.deepEqual(welsh.controls, typedBack, 'the session carried every answer across');
      for (const expected of [
        'Enw llawn',
        'Diwrnod',
        'Mis',
        'Blwyddyn',
        'Rhif GIG',
        'Beth yw eich cyfeiriad?',
        'Cod post',
        'Ydw',
        'Nac ydw',
        'Dim un o’r rhain',
      ]) {
        assert.ok(welsh.labels.includes(expected), `Welsh label "${expected}" in ${JSON.stringify(welsh.labels)}`);
      }
      // No English from the library or the author on the Welsh page.
      const bodyText = await page.$eval('body', (b) => b.innerText);
      for (const english of ['Error', 'There is a problem', 'Day', 'Month', 'Year', 'Full name', 'Yes', 'None of these', 'Send application', 'optional']) {
        assert.ok(!new RegExp(`\\b${english}\\b`).test(bodyText), `"${english}" on the Welsh page`);
      }
      assert.equal(await page.$eval(SUBMIT, (b) => b.textContent?.trim()), 'Anfon cais');
      assert.equal(await page.$eval('cyd-language-toggle a', (a) => a.getAttribute('href')), PAGE_PATH.en);

      // ---- fix the mistakes, in Welsh, and send ----------------------------
      await retype(page, '#dob-day', '28');
      await retype(page, '#nhs-number', '943 476 5919');
      await retype(page, '#postcode', 'cf10 1ep');
      await page.type('#pip-points', '8');
      await page.click('#conditions-4'); // untick "Dim un o’r rhain"
      await choosePhoto(page, photo.path);
      await page.type('#password', 'correct horse battery');
      await clickAndWait(page, SUBMIT);

      assert.equal(await page.$eval('h1', (h) => h.textContent), 'Cais wedi’i anfon');
      assert.equal(server.posts.length, 2);
      assert.deepEqual(server.posts[1], {
        path: PAGE_PATH.cy,
        locale: 'cy',
        fields: {
          ...correctedAnswers(photo),
          council: 'cardiff',
          pip: 'yes',
          'pip-points': '8',
        },
      });
    } finally {
      await context.close();
    }
  });

  it('keeps a partly typed date of birth when the server shows it again', async () => {
    const { context, page } = await open(PAGE_PATH.en);
    try {
      await page.type('#dob-day', '7');
      await page.type('#dob-month', '3');
      await clickAndWait(page, SUBMIT);
      assert.equal(await page.$eval('#dob-fieldset-error', (p) => p.textContent?.replace(/\s+/g, ' ').trim()), 'Error: Date of birth must include a year');
      assert.deepEqual(await page.$$eval('cyd-date-input input', (inputs) => inputs.map((i) => (i as HTMLInputElement).value)), ['7', '3', '']);
    } finally {
      await context.close();
    }
  });
});
