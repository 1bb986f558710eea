// The three example forms of @cydran/forms, run by createFormHandler behind
// Node's http server and used in Chromium as people use them — with
// JavaScript off (the server's pages alone) and on (the same pages upgraded
// by Cydran's elements), in English and in Welsh: branching, an error and
// its correction, a language switch midway, a change from check answers, a
// file upload, save and return through the outbox, and each submission read
// back from the database equal to what was entered.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { REFERENCE_ALPHABET } from '@cydran/forms/storage';
import { launchChromium } from '../progressive-enhancement/support.js';
import { type FormsServer, serveExamples } from './forms-server.js';
import { answersShown, choose, follow, next, openPage, pathOf, shown, switchLanguage, type, valueOf } from './forms-browser.js';
import { writePhoto } from './support.js';

let server: FormsServer;
let browser: Browser;
before(async () => {
  [server, browser] = await Promise.all([serveExamples(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The submission the confirmation page names, read back from the database. */
async function storedSubmission(formId: string, page: Page): Promise<{ reference: string; answers: Record<string, unknown>; locale: string }> {
  const panel = await page.$eval('main .cyd-panel', (element) => element.textContent ?? '');
  const submissions = await server.store.submissions(formId);
  const found = submissions.find((submission) => panel.includes(submission.reference));
  assert.ok(found, `the confirmation names a stored ${formId} submission (${panel.trim()})`);
  assert.ok(
    [...found.reference.replace('-', '')].every((c) => REFERENCE_ALPHABET.includes(c)),
    `${found.reference}: no 0/O or 1/I to misread`,
  );
  return found;
}

async function uploadPhoto(page: Page, path: string): Promise<void> {
  const input = (await page.$('input[type="file"][name="proof"]')) as ElementHandle<HTMLInputElement> | null;
  assert.ok(input, 'the proof page has a file input');
  await input.uploadFile(path);
}

for (const javaScript of [false, true]) {
  const mode = javaScript ? 'JavaScript on' : 'JavaScript off';

  describe(`the example forms in Chromium, ${mode}`, () => {
    it('blue badge: branching, a wrong date corrected after switching to Welsh, a file, a change from check answers, one stored submission', async () => {
      const photo = writePhoto();
      const { page, close } = await openPage(browser, `${server.origin}/blue-badge/`, javaScript);
      try {
        assert.equal(await page.evaluate(() => typeof customElements.get('cyd-radios') !== 'undefined'), javaScript, `scripts ${mode}`);
        await follow(page, 'main a.cyd-button--start');
        assert.equal(pathOf(page), '/blue-badge/who-for');
        await choose(page, 'who-for', 'myself');
        await next(page);
        await choose(page, 'live-in-wales', 'yes');
        await next(page);
        await type(page, 'full-name', 'Siân ap Rhys');
        await next(page);

        // 31 February: the server's error, then the same page in Welsh with it and the typed date.
        await type(page, 'date-of-birth-day', '31');
        await type(page, 'date-of-birth-month', '2');
        await type(page, 'date-of-birth-year', '1950');
        if (javaScript) {
          // The element checks the date before sending; the server would say the same.
          await page.click('main form button[type="submit"]:not([value="save"])');
          await page.waitForSelector('main .cyd-error-summary:not([hidden]) a');
        } else {
          await next(page);
        }
        const wrong = await shown(page);
        // Without script the server's page says so in its title; with script the summary is filled in place.
        if (!javaScript) assert.match(wrong.title, /^Error: /);
        assert.equal(wrong.summary.length, 1);
        assert.match(wrong.summary[0]![0], /^#date-of-birth-(day|month|year)$/);
        assert.match(wrong.summary[0]![1], /real date/);
        if (!javaScript) {
          await switchLanguage(page, 'cy');
          const welsh = await shown(page);
          assert.match(welsh.title, /^Gwall: Beth yw eu dyddiad geni\?/);
          assert.match(welsh.summary[0]![1], /dyddiad go iawn/);
          assert.equal(await valueOf(page, 'date-of-birth-day'), '31', 'what was typed survives the switch');
        } else {
          await switchLanguage(page, 'cy');
          assert.equal(await valueOf(page, 'date-of-birth-day'), '', 'a page not sent keeps nothing: the date is typed again');
          await type(page, 'date-of-birth-month', '2');
          await type(page, 'date-of-birth-year', '1950');
        }
        await type(page, 'date-of-birth-day', '28');
        await next(page);

        // In Welsh now, to the end.
        assert.equal((await shown(page)).heading, 'Ydyn nhw’n cael cyfradd uwch elfen symudedd y Taliad Annibyniaeth Personol (PIP)?');
        await choose(page, 'pip', 'no');
        await next(page);
        assert.equal(pathOf(page), '/blue-badge/walking', 'no PIP: asked how far they can walk');
        await choose(page, 'walking', 'under-50');
        await next(page);
        await uploadPhoto(page, photo.path);
        await next(page);
        await type(page, 'email', 'sian@example.cymru');
        await type(page, 'phone', '029 2087 2087');
        await next(page);

        assert.equal(pathOf(page), '/blue-badge/check-answers');
        const check = await shown(page);
        assert.equal(check.lang, 'cy');
        const rows = await answersShown(page);
        assert.equal(rows['Beth yw enw llawn y person y mae’r bathodyn ar ei gyfer?'], 'Siân ap Rhys');
        assert.equal(rows['Beth yw eu dyddiad geni?'], '28 Chwefror 1950');
        assert.equal(rows['Uwchlwythwch brawf o’u budd-dal neu eu cyflwr'], photo.name);

        // Change the name from check answers and come straight back.
        await follow(page, 'main a[href="/blue-badge/full-name?return=check-answers"]');
        assert.equal(await valueOf(page, 'full-name'), 'Siân ap Rhys');
        await type(page, 'full-name', 'Siân ap Rhys-Jones');
        await next(page);
        assert.equal(pathOf(page), '/blue-badge/check-answers');
        assert.equal((await answersShown(page))['Beth yw enw llawn y person y mae’r bathodyn ar ei gyfer?'], 'Siân ap Rhys-Jones');

        await follow(page, 'main form button[type="submit"]');
        assert.equal(pathOf(page), '/blue-badge/confirmation');
        assert.equal((await shown(page)).title.startsWith('Cais wedi’i gyflwyno'), true);
        const stored = await storedSubmission('blue-badge', page);
        assert.equal(stored.locale, 'cy');
        const { proof, phone, ...answers } = stored.answers;
        assert.deepEqual(answers, {
          'who-for': 'myself',
          'live-in-wales': true,
          'full-name': 'Siân ap Rhys-Jones',
          'date-of-birth': '1950-02-28',
          pip: false,
          walking: 'under-50',
          email: 'sian@example.cymru',
        });
        assert.ok(typeof phone === 'string' && phone.replace(/\D/g, '').endsWith('2920872087'), String(phone));
        const file = { ...(proof as object) } as Record<string, unknown>;
        assert.deepEqual([file.name, file.type, file.size], [photo.name, 'image/jpeg', photo.size]);
        assert.equal((await server.store.readFile(String(file.storageKey)))?.byteLength, photo.size, 'the file itself is stored with the submission');
      } finally {
        await close();
      }
    });

    it('blue badge: save and return — the link from the outbox resumes the answers in a new browser, in Welsh', async () => {
      const { page, close } = await openPage(browser, `${server.origin}/blue-badge/who-for?lang=cy`, javaScript);
      const email = `save-${javaScript ? 'js' : 'nojs'}@example.cymru`;
      try {
        await choose(page, 'who-for', 'someone-else');
        await next(page);
        await choose(page, 'live-in-wales', 'yes');
        await next(page);
        await type(page, 'full-name', 'Gareth Morgan');
        await follow(page, 'main form button[value="save"]');
        assert.equal(pathOf(page), '/blue-badge/save');
        await type(page, 'email', email);
        await next(page);
        assert.equal(pathOf(page), '/blue-badge/saved');
      } finally {
        await close();
      }
      const message = (await server.store.outbox()).find((m) => m.to === email);
      assert.ok(message, 'the return link was sent');
      assert.equal(message.locale, 'cy');
      const link = message.body.split('\n').find((line) => line.startsWith(server.origin));
      assert.ok(link, message.body);
      const later = await openPage(browser, link, javaScript);
      try {
        // Saving accepted the name page: the next page still to answer, the token gone from the address.
        assert.equal(pathOf(later.page), '/blue-badge/date-of-birth?lang=cy');
        assert.equal((await shown(later.page)).lang, 'cy');
        await follow(later.page, 'cyd-back-link a');
        assert.equal(await valueOf(later.page, 'full-name'), 'Gareth Morgan', 'the answers are back');
      } finally {
        await later.close();
      }
    });

    it('missed bin: council from the long list, address, bins, an exit when the bins were not out, then a report stored in English', async () => {
      const { page, close } = await openPage(browser, `${server.origin}/missed-bin/council?lang=en`, javaScript);
      try {
        if (javaScript) {
          const box = 'main input[role="combobox"]';
          await page.type(box, 'Cardiff');
          await page.waitForSelector('[role="option"]');
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
          assert.equal(await valueOf(page, 'council'), 'W06000015');
        } else {
          await page.select('select[name="council"]', 'W06000015');
        }
        await next(page);
        await type(page, 'address-line1', '1 Heol y Frenhines');
        await type(page, 'address-town', 'Caerdydd');
        await type(page, 'address-postcode', 'cf10 1ep');
        await next(page);
        await page.click('input[name="bins"][value="general"]');
        await page.click('input[name="bins"][value="food"]');
        await next(page);
        await type(page, 'collection-date-day', '2');
        await type(page, 'collection-date-month', '11');
        await type(page, 'collection-date-year', '2026');
        await next(page);
        await choose(page, 'bin-out', 'no');
        await next(page);
        assert.equal(pathOf(page), '/missed-bin/not-out', 'bins not out: the exit page');
        await follow(page, 'cyd-back-link a');
        await choose(page, 'bin-out', 'yes');
        await next(page);
        await type(page, 'details', 'The food bin was left by the gate.');
        await next(page);
        await type(page, 'email', 'not an email');
        if (javaScript) {
          await page.click('main form button[type="submit"]');
          await page.waitForSelector('main .cyd-error-summary:not([hidden]) a');
        } else {
          await next(page);
        }
        assert.match((await shown(page)).summary[0]![1], /email address/);
        await type(page, 'email', 'rhys@example.com');
        await next(page);
        assert.equal(pathOf(page), '/missed-bin/check-answers');
        await follow(page, 'main form button[type="submit"]');
        const stored = await storedSubmission('missed-bin', page);
        assert.deepEqual(stored.answers, {
          council: 'W06000015',
          address: { line1: '1 Heol y Frenhines', town: 'Caerdydd', postcode: 'CF10 1EP' },
          bins: ['general', 'food'],
          'collection-date': '2026-11-02',
          'bin-out': true,
          details: 'The food bin was left by the gate.',
          email: 'rhys@example.com',
        });
      } finally {
        await close();
      }
    });

    it('consultation: likert, ratings, "none of these" and a comment, in Welsh, stored without personal data', async () => {
      const { page, close } = await openPage(browser, `${server.origin}/consultation/?lang=cy`, javaScript);
      try {
        await follow(page, 'main a.cyd-button--start');
        await choose(page, 'visits', 'weekly');
        await next(page);
        // One group per statement: leaving one out names it.
        await choose(page, 'views.parking', 'agree');
        await choose(page, 'views.pedestrians', 'strongly-agree');
        if (javaScript) {
          await page.click('main form button[type="submit"]');
          await page.waitForSelector('main .cyd-error-summary:not([hidden]) a');
        } else {
          await next(page);
        }
        const missing = await shown(page);
        assert.equal(missing.summary.length, 1, JSON.stringify(missing.summary));
        assert.match(missing.summary[0]![0], /^#views\.events/);
        await choose(page, 'views.events', 'neutral');
        await next(page);
        await choose(page, 'recommend', '8');
        await next(page);
        await choose(page, 'satisfaction', '4');
        await next(page);
        await page.click('input[name="improvements"][value="none"]');
        await next(page);
        await type(page, 'comments', 'Mwy o feinciau, os gwelwch yn dda.');
        await next(page);
        assert.equal(pathOf(page), '/consultation/check-answers');
        await follow(page, 'main form button[type="submit"]');
        const stored = await storedSubmission('town-centre-consultation', page);
        assert.equal(stored.locale, 'cy');
        assert.deepEqual(stored.answers, {
          visits: 'weekly',
          views: { parking: 'agree', pedestrians: 'strongly-agree', events: 'neutral' },
          recommend: 8,
          satisfaction: 4,
          improvements: ['none'],
          comments: 'Mwy o feinciau, os gwelwch yn dda.',
        });
      } finally {
        await close();
      }
    });
  });
}
