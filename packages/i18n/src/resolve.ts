import { type Locale, normaliseLocale } from './locale.js';

/**
 * The language of a node: its own `lang`, else the nearest ancestor's,
 * crossing shadow roots to their hosts, normalised to a Locale. Runs on every
 * read; there is no page-global locale state, so Welsh and English elements
 * can share a page.
 */
export function resolveLocale(node: Node): Locale {
  return normaliseLocale(resolveLangTag(node));
}

/** The raw `lang` value that applies to a node, or null when none does. */
export function resolveLangTag(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    // Text and other nodes take the language of the element they sit in.
    const element = current.nodeType === 1 ? (current as Element) : current.parentElement;
    const withLang = element?.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = current.getRootNode();
    current = root && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** Every root (shadow roots, then the document) a node's language can come from. */
export function languageRoots(node: Node): Node[] {
  const roots: Node[] = [];
  let current: Node | null = node;
  while (current) {
    const root = current.getRootNode();
    roots.push(root);
    current = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return roots;
}
