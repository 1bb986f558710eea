// The same server-rendered page with JavaScript on: the person starts typing
// before the components' script has arrived; when it runs, the elements
// upgrade without losing the typed value, the focus or the caret.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { type ApplicationServer, serveApplication } from './application-form.js';
import { bundleElements, launchChromium } from './support.js';

/**
 * Holds back `/cydran.js` until the test says the person has typed, the way
 * a slow connection would; a timeout stops a broken test hanging.
 */
class HeldScript {
  #release!: () => void;
  readonly released = new Promise<void>((resolve) => (this.#release = resolve));
  requested = false;
  release(): void {
    this.#release();
  }
}

describe('upgrading a server-rendered form after the person has typed', () => {
  let server: ApplicationServer;
  let browser: Browser;
  let held = new HeldScript();

  before(async () => {
    const elements = await bundleElements();
    [server, browser] = await Promise.all([
      serveApplication({
        head: '<script type="module" src="/cydran.js"></script>',
        extra: async (request) => {
          if (request.path !== '/cydran.js') return undefined;
          held.requested = true;
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([held.released, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
          clearTimeout(timer);
          return { type: 'text/javascript', body: elements };
        },
      }),
      launchChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Loads the page but does not wait for the script: the test types first. */
  async function startLoading(page: Page, path: string): Promise<{ loaded: Promise<unknown> }> {
    held = new HeldScript();
    const loaded = page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForSelector('#full-name');
    // Wrapped: an async function returning the promise itself would wait for it.
    return { loaded };
  }

  async function waitForUpgrade(page: Page): Promise<void> {
    await page.evaluate(async () => {
      await customElements.whenDefined('cyd-text-input');
      await Promise.all([...document.querySelectorAll('cyd-text-input')].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    });
  }

  for (const locale of ['en', 'cy'] as const) {
    it(`keeps the typed value, focus and caret (${locale})`, async () => {
      const page = await browser.newPage();
      try {
        const { loaded } = await startLoading(page, `/?lang=${locale}`);
        await page.type('#full-name', 'Siân ap Rhys');
        // Move the caret into the middle, so keeping it is more than "at the end".
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        const before = await page.evaluate(() => {
          const input = document.getElementById('full-name') as HTMLInputElement;
          (window as unknown as { serverInput: HTMLInputElement }).serverInput = input;
          return { defined: !!customElements.get('cyd-text-input'), caret: input.selectionStart };
        });
        assert.equal(before.defined, false, 'the person typed before the script ran');
        assert.equal(before.caret, 'Siân ap Rhys'.length - 3);

        held.release();
        await loaded;
        assert.equal(held.requested, true);
        await waitForUpgrade(page);

        const after = await page.evaluate(() => {
          const host = document.querySelector('cyd-text-input[name="full-name"]') as HTMLElement & { locale?: string; value?: string };
          const input = document.getElementById('full-name') as HTMLInputElement;
          return {
            upgraded: host instanceof customElements.get('cyd-text-input')!,
            locale: host.locale,
            // The upgrade adopts the server's markup: the very input the person typed in stays.
            adopted: input === (window as unknown as { serverInput: HTMLInputElement }).serverInput,
            value: input.value,
            elementValue: host.value,
            focused: document.activeElement === input,
            selection: [input.selectionStart, input.selectionEnd],
            label: document.querySelector('label[for="full-name"]')?.textContent?.trim(),
          };
        });
        assert.deepEqual(after, {
          upgraded: true,
          locale,
          adopted: true,
          value: 'Siân ap Rhys',
          elementValue: 'Siân ap Rhys',
          focused: true,
          selection: ['Siân ap Rhys'.length - 3, 'Siân ap Rhys'.length - 3],
          label: locale === 'cy' ? 'Enw llawn' : 'Full name',
        });

        // Typing carries on where the caret was.
        await page.keyboard.type('X');
        assert.equal(await page.$eval('#full-name', (i) => (i as HTMLInputElement).value), 'Siân ap RXhys');
      } finally {
        await page.close();
      }
    });
  }

  it('keeps the server’s errors and the answers being corrected (cy)', async () => {
    const page = await browser.newPage();
    try {
      // The first page is posted before any script ran (with scripts on,
      // Cydran would have caught these errors in the browser); the error
      // page's script is held back while the person corrects an answer.
      await page.setJavaScriptEnabled(false);
      await page.goto(`${server.origin}/?lang=cy`);
      await page.type('#email', 'not-an-email');
      await page.setJavaScriptEnabled(true);
      held = new HeldScript();
      await page.click('form button[type="submit"]');
      await page.waitForSelector('#full-name-error');
      await page.type('#full-name', 'Siân');
      held.release();
      await page.waitForFunction(() => !!customElements.get('cyd-text-input'));
      await waitForUpgrade(page);

      const state = await page.evaluate(() => ({
        focused: document.activeElement?.id,
        value: (document.getElementById('full-name') as HTMLInputElement).value,
        email: (document.getElementById('email') as HTMLInputElement).value,
        nameError: document.getElementById('full-name-error')?.textContent?.replace(/\s+/g, ' ').trim(),
        emailError: document.getElementById('email-error')?.textContent?.replace(/\s+/g, ' ').trim(),
      }));
      assert.deepEqual(state, {
        focused: 'full-name',
        value: 'Siân',
        email: 'not-an-email',
        nameError: 'Gwall: Rhowch eich enw llawn',
        emailError: 'Gwall: Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
      });
    } finally {
      await page.close();
    }
  });
});
