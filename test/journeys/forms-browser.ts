/**
 * What the forms journeys do in Chromium, as a person does it: open a
 * page, choose, type, press Continue, follow links. Each step waits for the
 * page it leads to; nothing waits on a clock.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';

export const CONTINUE = 'main form button[type="submit"]:not([value="save"])';

/** A fresh profile (no cookies), scripts on or off. */
export async function openPage(browser: Browser, url: string, javaScript: boolean): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(url);
  if (javaScript) await upgraded(page);
  return { page, close: () => context.close() };
}

/** With scripts on: every Cydran element on the page defined and rendered. */
export async function upgraded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((tag) => tag.startsWith('cyd-')))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('cyd-'))
        .map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
  });
}

/** Clicks and waits for the page the click loads (a link, or a form sent). */
export async function follow(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  if (await page.evaluate(() => typeof customElements.get('cyd-button') !== 'undefined')) await upgraded(page);
}

export const next = (page: Page) => follow(page, CONTINUE);

export async function choose(page: Page, name: string, value: string): Promise<void> {
  await page.click(`input[name="${name}"][value="${value}"]`);
}

export async function type(page: Page, name: string, text: string): Promise<void> {
  const selector = `[name="${name}"]:is(input, textarea)`;
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

export interface Shown {
  lang: string;
  title: string;
  heading: string;
  /** The error summary's links: target and text. */
  summary: [string, string][];
  /** Inline error messages, "Error:" prefix included. */
  inline: string[];
}

/** What the page shows now, white space collapsed. */
export function shown(page: Page): Promise<Shown> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const summary = document.querySelector('.cyd-error-summary:not([hidden])');
    return {
      lang: document.documentElement.lang,
      title: document.title,
      heading: (document.querySelector('main h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      summary: summary
        ? [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href') ?? '', (a.textContent ?? '').replace(/\s+/g, ' ').trim()] as [string, string])
        : [],
      inline: [...document.querySelectorAll('main .cyd-error-message')]
        .filter((p) => !(p as HTMLElement).hidden && (p.textContent ?? '').trim() !== '')
        .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
    };
  });
}

export function valueOf(page: Page, name: string): Promise<string> {
  return page.$eval(`[name="${name}"]:is(input, textarea, select)`, (control) => (control as HTMLInputElement).value);
}

/** The summary list's rows on check answers: key → value. */
export function answersShown(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('main .cyd-summary-list__row')].map((row) => [
        (row.querySelector('dt')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        (row.querySelector('dd')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]),
    ),
  );
}

/** The path (and query) the page is on. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** Switches language with the header's toggle: a link to the same page in the other language (answers are the server's). */
export async function switchLanguage(page: Page, to: 'en' | 'cy'): Promise<void> {
  await follow(page, `cyd-language-toggle a[hreflang="${to}"]`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), to);
}
