/**
 * Small helpers for browser tests. Kept here so each component's tests read as
 * what a person does: type, submit, switch language.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { Locale } from '@cydran/i18n';

/** Waits for every Cydran element under `root` to finish rendering. */
export async function settled(root: ParentNode = document): Promise<void> {
  // Two rounds: an update can schedule another (language change → re-render).
  for (let round = 0; round < 2; round++) {
    await new Promise((r) => setTimeout(r, 0));
    const pending = [...root.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('cyd-') && 'updateComplete' in el)
      .map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete);
    await Promise.all(pending);
  }
}

/** Switches `element`'s language and waits for the library to follow. */
export async function switchLanguage(element: HTMLElement, locale: Locale): Promise<void> {
  element.lang = locale;
  await settled(element);
}

/**
 * Tries to submit as a person would (requestSubmit runs native validation).
 * Returns the FormData posted, or null when submission was blocked.
 */
export async function trySubmit(form: HTMLFormElement, submitter?: HTMLElement): Promise<FormData | null> {
  let posted: FormData | null = null;
  const capture = (event: SubmitEvent) => {
    event.preventDefault();
    posted = new FormData(form, event.submitter);
  };
  form.addEventListener('submit', capture, { once: true });
  form.requestSubmit(submitter as HTMLButtonElement | undefined);
  await settled(form);
  form.removeEventListener('submit', capture);
  return posted;
}

/** axe in both languages: the element's language is switched and checked each time. */
export async function expectAccessibleInBothLanguages(element: HTMLElement, languageRoot: HTMLElement = element): Promise<void> {
  for (const locale of ['en', 'cy'] as const) {
    await switchLanguage(languageRoot, locale);
    await expect(element).to.be.accessible();
  }
}

/** An attribute value for a double-quoted attribute: `&` and `"` escaped, as HTML requires. */
export function escapeAttributeValue(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/** Attribute values for `elementMarkup`: `true` writes the bare attribute, `false`, null and undefined leave it out. */
export type MarkupAttributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Plain HTML for one element, as an author (or a server template) writes it:
 * `elementMarkup('cyd-text-input', { name: 'email', required: true })`.
 * `content` is HTML, put inside as it is.
 */
export function elementMarkup(tag: string, attributes: MarkupAttributes = {}, content = ''): string {
  let written = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    written += value === true ? ` ${name}` : ` ${name}="${escapeAttributeValue(String(value))}"`;
  }
  return `<${tag}${written}>${content}</${tag}>`;
}

/** What the server renderer gave: the HTML, and the developer problems it reported (none, for a correct page). */
export interface ServerRender {
  html: string;
  problems: string[];
}

/**
 * Renders `html` with the real server renderer (`expandHTML` of
 * `@cydran/components/server`, run in Node by the test runner's
 * `cydran-server-render` command: test/support/server-render-plugin.js), in
 * `locale` where no `lang` says otherwise.
 */
export function serverRender(html: string, locale: Locale | string = 'en'): Promise<ServerRender> {
  return executeServerCommand<ServerRender, { html: string; locale: string }>('cydran-server-render', { html, locale });
}

/**
 * The first argument of every `console.error` logged while `run` runs, then
 * `console.error` as it was. Why: that is how a Cydran element reports a
 * developer problem (DEV_MODE), and a test asks which problems it reported.
 */
export async function consoleErrorsDuring(run: () => unknown): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(String(args[0]));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return errors;
}

/**
 * `rgb(r, g, b)` as getComputedStyle reports it, as `#rrggbb`. Why: tokens
 * name colours in hex, and a test compares what is painted with a token.
 * Throws for a colour that is not opaque: it would not be the token.
 */
export function hex(computed: string): string {
  const channels = computed.match(/\d+(\.\d+)?/g);
  if (!channels || channels.length < 3 || (channels.length === 4 && Number(channels[3]) !== 1)) {
    throw new Error(`Expected an opaque rgb() colour, got "${computed}"`);
  }
  return `#${channels
    .slice(0, 3)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * Runs `run` with the viewport `width` CSS pixels wide, then puts the test
 * runner's 800 × 600 back. Why: a test that fails half-way must not leave a
 * narrow page to the tests after it.
 */
export async function atWidth(width: number, run: () => unknown): Promise<void> {
  await setViewport({ width, height: 640 });
  try {
    await run();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** Whether `element` takes up room on the page. Why: hidden, `display: none` and a collapsed menu all mean a person cannot see it. */
export const isShown = (element: Element): boolean => element.getBoundingClientRect().height > 0;

interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

const LANDMARK_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'region', 'main']);

/**
 * The page's landmarks, role and name, in document order, from Chromium's
 * accessibility tree (`cydran-accessibility-tree`, test/support/server-render-plugin.js).
 * Why: a screen reader's landmark list is built from that tree, not from the markup.
 */
export async function landmarksInPage(): Promise<{ role: string; name: string }[]> {
  const tree = await executeServerCommand<AccessibilityNode, undefined>('cydran-accessibility-tree');
  const found: { role: string; name: string }[] = [];
  const walk = (node: AccessibilityNode | undefined) => {
    if (!node) return;
    if (LANDMARK_ROLES.has(node.role)) found.push({ role: node.role, name: node.name ?? '' });
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}
