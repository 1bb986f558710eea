// With JavaScript disabled, a server-rendered Cydran form is an ordinary
// HTML form: the fields submit, and the server's error state shows the error
// summary with working links and inline errors — in Welsh as in English.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import type { Locale } from '@cydran/i18n';
import { type ApplicationServer, availableQuestions, serveApplication } from './application-form.js';
import { launchChromium } from './support.js';

const EXPECTED: Record<Locale, { label: string; prefix: string; nameError: string; summaryTitle: string; thanks: string }> = {
  en: { label: 'Full name', prefix: 'Error:', nameError: 'Enter your full name', summaryTitle: 'There is a problem', thanks: 'Application received' },
  cy: { label: 'Enw llawn', prefix: 'Gwall:', nameError: 'Rhowch eich enw llawn', summaryTitle: 'Mae problem wedi codi', thanks: 'Cais wedi dod i law' },
};

describe('a server-rendered form with JavaScript disabled', () => {
  let server: ApplicationServer;
  let browser: Browser;

  before(async () => {
    [server, browser] = await Promise.all([serveApplication(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openForm(locale: Locale): Promise<Page> {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/?lang=${locale}`);
    return page;
  }

  async function submit(page: Page): Promise<void> {
    await Promise.all([page.waitForNavigation(), page.click('form button[type="submit"]')]);
  }

  for (const locale of ['en', 'cy'] as const) {
    const expected = EXPECTED[locale];

    it(`submits every field's value (${locale})`, async () => {
      const page = await openForm(locale);
      try {
        assert.equal(await page.evaluate(() => typeof customElements.get('cyd-text-input')), 'undefined', 'no script ran');
        assert.equal(await page.$eval('label[for="full-name"]', (l) => l.textContent?.trim()), expected.label);
        await page.type('#full-name', 'Siân ap Rhys');
        await page.type('#email', 'sian@example.cymru');
        const withTextarea = availableQuestions().some((q) => q.name === 'more-detail');
        if (withTextarea) await page.type('#more-detail', 'Mae gen i fathodyn glas.');
        const postsBefore = server.posts.length;
        await submit(page);
        assert.equal(server.posts.length, postsBefore + 1, 'the form posted once');
        assert.deepEqual(server.posts.at(-1), {
          'full-name': 'Siân ap Rhys',
          email: 'sian@example.cymru',
          ...(withTextarea ? { 'more-detail': 'Mae gen i fathodyn glas.' } : {}),
        });
        assert.equal(await page.$eval('h1', (h) => h.textContent), expected.thanks);
      } finally {
        await page.close();
      }
    });

    it(`shows the server's errors inline and in a summary whose links reach the fields (${locale})`, async () => {
      const page = await openForm(locale);
      try {
        await page.type('#email', 'not-an-email');
        await submit(page);
        assert.deepEqual(server.posts.at(-1), {
          'full-name': '',
          email: 'not-an-email',
          ...(availableQuestions().some((q) => q.name === 'more-detail') ? { 'more-detail': '' } : {}),
        });

        const state = await page.evaluate(() => {
          const nameInput = document.getElementById('full-name') as HTMLInputElement;
          const emailInput = document.getElementById('email') as HTMLInputElement;
          const summary = document.querySelector('.cyd-error-summary');
          return {
            title: document.title,
            nameError: document.getElementById('full-name-error')?.textContent?.replace(/\s+/g, ' ').trim(),
            nameInvalid: nameInput.getAttribute('aria-invalid'),
            nameDescribedBy: nameInput.getAttribute('aria-describedby'),
            emailValue: emailInput.value,
            emailDescribedBy: emailInput.getAttribute('aria-describedby'),
            emailErrorShown: !!document.getElementById('email-error'),
            summaryText: summary?.textContent ?? '',
            summaryLinks: [...(summary?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
          };
        });
        assert.match(state.title, locale === 'cy' ? /^Gwall: / : /^Error: /);
        assert.equal(state.nameError, `${expected.prefix} ${expected.nameError}`);
        assert.equal(state.nameInvalid, 'true');
        assert.equal(state.nameDescribedBy, 'full-name-error');
        assert.equal(state.emailValue, 'not-an-email', 'what the person typed comes back');
        assert.equal(state.emailDescribedBy, 'email-hint email-error', 'hint first, then error');
        assert.equal(state.emailErrorShown, true);
        assert.ok(state.summaryText.includes(expected.summaryTitle), `summary title in ${locale}: ${state.summaryText}`);
        assert.ok(state.summaryText.includes(expected.nameError));
        assert.deepEqual(state.summaryLinks, ['#full-name', '#email'], 'one link per problem, in page order');

        await page.click('.cyd-error-summary a[href="#full-name"]');
        const arrived = await page.evaluate(() => ({
          hash: location.hash,
          target: document.querySelector(':target')?.id,
          targetIsInput: document.querySelector(':target') instanceof HTMLInputElement,
        }));
        assert.deepEqual(arrived, { hash: '#full-name', target: 'full-name', targetIsInput: true });

        // Fixing the answers and submitting again succeeds.
        await page.type('#full-name', 'Siân ap Rhys');
        await page.click('#email', { count: 3 });
        await page.type('#email', 'sian@example.cymru');
        await submit(page);
        assert.equal(server.posts.at(-1)?.['full-name'], 'Siân ap Rhys');
        assert.equal(server.posts.at(-1)?.email, 'sian@example.cymru');
        assert.equal(await page.$eval('h1', (h) => h.textContent), expected.thanks);
      } finally {
        await page.close();
      }
    });
  }
});
