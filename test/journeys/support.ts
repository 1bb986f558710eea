/**
 * What both blue badge journeys do in the browser: a person's edits, and
 * one snapshot of what the page shows, so a test can compare it whole.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';

/** A tiny JPEG (start and end markers around a JFIF header) on disk, for the file chooser. */
export function writePhoto(): { path: string; name: string; size: number } {
  const bytes = Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);
  const name = 'sian-ap-rhys.jpg';
  const path = join(mkdtempSync(join(tmpdir(), 'cydran-journey-')), name);
  writeFileSync(path, bytes);
  return { path, name, size: bytes.length };
}

/** Replaces a box's text as a person does: click in it, select all, delete, type. */
export async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  assert.equal(await page.$eval(selector, (input) => (input as HTMLInputElement).value), '', `${selector} was emptied`);
  if (text) await page.type(selector, text);
}

/** Chooses a file in the native file input (what the chooser dialog does). */
export async function choosePhoto(page: Page, path: string): Promise<void> {
  const input = (await page.$('#photo')) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error('No #photo file input on the page');
  await input.uploadFile(path);
}

/** Clicks and waits for the page it leads to. */
export async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

export interface PageState {
  lang: string;
  title: string;
  summaryHeading: string | null;
  /** The error summary's links: where each goes, and what it says. */
  summary: [string, string][];
  /** Every inline error message by id, "Error: …" prefix included. */
  inline: Record<string, string>;
  /** What the form holds now, by control id (checked state for radios and boxes). */
  controls: Record<string, string | boolean>;
  /** Every label and legend, in page order. */
  labels: string[];
}

/**
 * One snapshot of what the page shows, with white space collapsed. (No named
 * functions inside: tsx's esbuild would wrap them in a `__name` helper that
 * does not exist in the page.)
 */
export function readState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const summary = document.querySelector('.cyd-error-summary:not([hidden])');
    const controls: Record<string, string | boolean> = {};
    for (const control of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      '#blue-badge input, #blue-badge select, #blue-badge textarea',
    )) {
      const input = control as HTMLInputElement;
      controls[control.id] =
        input.type === 'radio' || input.type === 'checkbox'
          ? input.checked
          : input.type === 'file'
            ? [...(input.files ?? [])].map((f) => f.name).join(',')
            : control.value;
    }
    return {
      lang: document.documentElement.lang,
      title: document.title,
      summaryHeading: summary ? (summary.querySelector('h2')?.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
      summary: summary
        ? [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href') ?? '', (a.textContent ?? '').replace(/\s+/g, ' ').trim()] as [string, string])
        : [],
      inline: Object.fromEntries([...document.querySelectorAll('.cyd-error-message')].map((p) => [p.id, (p.textContent ?? '').replace(/\s+/g, ' ').trim()])),
      controls,
      labels: [...document.querySelectorAll('#blue-badge label, #blue-badge legend')].map((l) => (l.textContent ?? '').replace(/\s+/g, ' ').trim()),
    };
  });
}

/** Waits until every Cydran element is defined and has finished rendering (a language switch re-renders). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((tag) => tag.startsWith('cyd-')))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    // Two rounds: an update can schedule another (a language change re-renders the summary after the fields).
    for (let round = 0; round < 2; round++) {
      await Promise.all(
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('cyd-'))
          .map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
}

/**
 * What the corrected application posts, in both journeys. Each journey
 * spreads this and states only the answers it gives differently.
 */
export function correctedAnswers(photo: { name: string; size: number }): Record<string, unknown> {
  return {
    'full-name': 'Siân ap Rhys',
    'dob-day': '28',
    'dob-month': '2',
    'dob-year': '1950',
    'ni-number': 'jg 10 37 26 c',
    'nhs-number': '943 476 5919',
    'address-line-1': '1 Heol y Frenhines',
    town: 'Caerdydd',
    postcode: 'cf10 1ep',
    email: 'sian@example.cymru',
    phone: '',
    conditions: 'walking',
    'walking-description': 'I can walk about 20 metres before I have to stop.',
    'more-detail': '',
    photo: { file: photo.name, type: 'image/jpeg', size: photo.size },
    password: 'correct horse battery',
  };
}
