import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { settled } from '../../../../test/support/helpers.js';

/**
 * Browser-test helpers for the page components (header, service
 * navigation, footer; a `.fixture.ts` file: never shipped).
 *
 * An element's markup with what Lit adds and an HTML
 * serializer does not keep left out (comment markers, indentation), so a
 * server render and a browser render can be compared. Attributes are sorted.
 */
export function comparableMarkup(element: Element): string {
  const copy = element.cloneNode(true);
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const drop: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) drop.push(node);
    else if (node.textContent !== null) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text === '') drop.push(node);
      else node.textContent = text;
    }
  }
  for (const node of drop) node.parentNode?.removeChild(node);
  // Lit sets bound attributes after the template's static ones; a parser keeps source order.
  if (copy instanceof Element) {
    for (const element of copy.querySelectorAll('*')) {
      const attributes = [...element.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => a.localeCompare(b));
      for (const [name] of attributes) element.removeAttribute(name);
      for (const [name, value] of attributes) element.setAttribute(name, value);
    }
  }
  return copy instanceof Element ? copy.innerHTML : '';
}

/** Whether an element takes up room on the screen (not hidden, not display: none). */
export const isShown = (element: Element): boolean => element.getBoundingClientRect().height > 0;

/** Runs `run` at a viewport `width` CSS pixels wide, then puts the test runner's 800 × 600 back. */
export async function atWidth(width: number, run: () => Promise<void>): Promise<void> {
  await setViewport({ width, height: 640 });
  try {
    await run();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** The first arguments of every `console.error` while `run` runs (developer errors). */
export async function consoleErrorsOf(run: () => Promise<void>): Promise<string[]> {
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
 * The menu button's keyboard model, for the header and the service
 * navigation: Enter opens, Space closes and opens, Tab goes into the open
 * menu, Escape closes it and puts focus back on the button.
 */
export async function expectMenuKeyboard(root: HTMLElement, button: () => HTMLButtonElement, menu: () => HTMLElement): Promise<void> {
  const settle = () => settled(root);
  button().focus();
  await sendKeys({ press: 'Enter' });
  await settle();
  expect(button().getAttribute('aria-expanded'), 'Enter opens').to.equal('true');
  await sendKeys({ press: 'Space' });
  await settle();
  expect(button().getAttribute('aria-expanded'), 'Space closes').to.equal('false');
  await sendKeys({ press: 'Space' });
  await settle();
  await sendKeys({ press: 'Tab' });
  expect(menu().contains(document.activeElement), 'Tab goes into the open menu').to.equal(true);
  await sendKeys({ press: 'Escape' });
  await settle();
  expect(button().getAttribute('aria-expanded'), 'Escape closes').to.equal('false');
  expect(isShown(menu()), 'the menu is hidden').to.equal(false);
  expect(document.activeElement === button(), 'focus back on the button').to.equal(true);
}

interface AccessibilityNode {
  role: string;
  name?: string;
  children?: AccessibilityNode[];
}

const LANDMARK_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'region', 'main']);

/** The page's landmarks as Chromium's accessibility tree has them: role and name, in document order. */
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
