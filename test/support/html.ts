/**
 * Rendered HTML read back with a real HTML parser, for server tests: a test asks
 * about elements, attributes and text, so attribute order or white space in the
 * markup cannot break it and wrong markup cannot pass it.
 *
 * The parser is parse5 8, the version the server renderer itself uses. From
 * test/ a bare `import 'parse5'` finds the repository root's parse5 6 (a
 * dependency of the test runner), so the module is resolved from
 * packages/components instead, and its tree is copied into the small typed
 * tree below.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The parts of parse5's default tree this module reads. */
interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  /** A template's contents. */
  content?: Parse5Node;
  /** A text node's text. */
  value?: string;
  /** A comment's text. */
  data?: string;
  sourceCodeLocation?: { startTag?: unknown } | null;
}

interface Parse5 {
  parseFragment(html: string): Parse5Node;
  parse(html: string, options: { sourceCodeLocationInfo: boolean }): Parse5Node;
}

const parse5Entry = pathToFileURL(createRequire(new URL('../../packages/components/package.json', import.meta.url)).resolve('parse5'));
const { version: parse5Version }: { version?: unknown } = JSON.parse(readFileSync(new URL('../package.json', parse5Entry), 'utf8'));
if (typeof parse5Version !== 'string' || !parse5Version.startsWith('8.')) {
  throw new Error(`test/support/html.ts expects parse5 8 for packages/components, found ${String(parse5Version)} at ${parse5Entry.href}`);
}
const parse5: Parse5 = await import(parse5Entry.href);

export interface HtmlElement {
  readonly kind: 'element';
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Child nodes in order; a template's are its contents. */
  readonly children: readonly HtmlNode[];
  readonly parent: HtmlParent;
  /** False when the parser made the element up (an `<html>`, `<head>` or `<body>` the page left out); known only for whole pages. */
  readonly writtenInSource: boolean;
}
export interface HtmlText {
  readonly kind: 'text';
  readonly text: string;
  readonly parent: HtmlParent;
}
export interface HtmlComment {
  readonly kind: 'comment';
  readonly text: string;
  readonly parent: HtmlParent;
}
export interface HtmlDoctype {
  readonly kind: 'doctype';
  readonly parent: HtmlParent;
}
export interface HtmlRoot {
  readonly kind: 'root';
  readonly children: readonly HtmlNode[];
}
export type HtmlNode = HtmlElement | HtmlText | HtmlComment | HtmlDoctype;
export type HtmlParent = HtmlElement | HtmlRoot;

function copy(node: Parse5Node, parent: HtmlParent, withLocations: boolean): HtmlNode {
  if (node.nodeName === '#text') return { kind: 'text', text: node.value ?? '', parent };
  if (node.nodeName === '#comment') return { kind: 'comment', text: node.data ?? '', parent };
  if (node.nodeName === '#documentType') return { kind: 'doctype', parent };
  const children: HtmlNode[] = [];
  const element: HtmlElement = {
    kind: 'element',
    tag: node.tagName ?? node.nodeName,
    attributes: new Map((node.attrs ?? []).map(({ name, value }) => [name, value])),
    children,
    parent,
    writtenInSource: !withLocations || Boolean(node.sourceCodeLocation?.startTag),
  };
  for (const child of (node.content ?? node).childNodes ?? []) children.push(copy(child, element, withLocations));
  return element;
}

function rootOf(tree: Parse5Node, withLocations: boolean): HtmlRoot {
  const children: HtmlNode[] = [];
  const root: HtmlRoot = { kind: 'root', children };
  for (const child of tree.childNodes ?? []) children.push(copy(child, root, withLocations));
  return root;
}

/** An HTML fragment, parsed as `innerHTML` would parse it (no `<html>`, `<head>` or `<body>` added). */
export function parseHTML(html: string): HtmlRoot {
  return rootOf(parse5.parseFragment(html), false);
}

/** A whole page, parsed as a browser parses a document; `writtenInSource` tells which elements the page wrote. */
export function parseDocument(html: string): HtmlRoot {
  return rootOf(parse5.parse(html, { sourceCodeLocationInfo: true }), true);
}

/** Every node under `parent` (not itself) in document order. */
export function descendants(parent: HtmlParent): HtmlNode[] {
  const all: HtmlNode[] = [];
  const walk = (node: HtmlParent): void => {
    for (const child of node.children) {
      all.push(child);
      if (child.kind === 'element') walk(child);
    }
  };
  walk(parent);
  return all;
}

/** The elements under `parent`, in document order, that `predicate` accepts. */
export function queryAll(parent: HtmlParent, predicate: (element: HtmlElement) => boolean = () => true): HtmlElement[] {
  return descendants(parent).filter((node): node is HtmlElement => node.kind === 'element' && predicate(node));
}

/** The elements with this tag under `parent`. */
export function byTag(parent: HtmlParent, tag: string): HtmlElement[] {
  return queryAll(parent, (element) => element.tag === tag);
}

/** The one element that `predicate` accepts; throws saying how many there were otherwise. */
export function queryOne(parent: HtmlParent, predicate: (element: HtmlElement) => boolean, what = 'element'): HtmlElement {
  const found = queryAll(parent, predicate);
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0]!;
}

/** The one element with this tag (and, if given, these attribute values). */
export function oneByTag(parent: HtmlParent, tag: string, attributes: Record<string, string> = {}): HtmlElement {
  const wanted = Object.entries(attributes);
  return queryOne(
    parent,
    (element) => element.tag === tag && wanted.every(([name, value]) => attr(element, name) === value),
    `<${tag}> with ${JSON.stringify(attributes)}`,
  );
}

/** The elements under `parent` with this class among their classes. */
export function byClass(parent: HtmlParent, className: string): HtmlElement[] {
  return queryAll(parent, (element) => classes(element).includes(className));
}

/** The one element with this class among its classes. */
export function oneByClass(parent: HtmlParent, className: string): HtmlElement {
  return queryOne(parent, (element) => classes(element).includes(className), `element with class "${className}"`);
}

/** The element after `element` among its parent's element children. */
export function nextElement(element: HtmlElement): HtmlElement | undefined {
  const siblings = elementChildren(element.parent);
  return siblings[siblings.indexOf(element) + 1];
}

/** The one element with this id. */
export function byId(parent: HtmlParent, id: string): HtmlElement {
  return queryOne(parent, (element) => attr(element, 'id') === id, `element with id="${id}"`);
}

/** The attribute's value, `''` for a boolean attribute, `undefined` when it is absent. */
export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attributes.get(name);
}

/** The element's attributes as a plain object, for `deep.equal` and `include`. */
export function attrs(element: HtmlElement): Record<string, string> {
  return Object.fromEntries(element.attributes);
}

/** The class names in the element's class attribute. */
export function classes(element: HtmlElement): string[] {
  return (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean);
}

/** The text under `node` exactly as parsed (a textarea's leading line break is the parser's to drop, as in a browser). */
export function rawTextOf(node: HtmlParent | HtmlNode): string {
  if (node.kind === 'text') return node.text;
  if (node.kind === 'comment' || node.kind === 'doctype') return '';
  return node.children.map(rawTextOf).join('');
}

/** The text under `node` with white space collapsed and trimmed, as a person reads it. */
export function textOf(node: HtmlParent | HtmlNode): string {
  return rawTextOf(node).replace(/\s+/g, ' ').trim();
}

/** The element children of `parent`, without text and comments. */
export function elementChildren(parent: HtmlParent): HtmlElement[] {
  return parent.children.filter((node): node is HtmlElement => node.kind === 'element');
}

/** The nearest ancestor of `node` (not itself) that `predicate` accepts. */
export function closest(node: HtmlNode, predicate: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (let parent = node.parent; parent.kind === 'element'; parent = parent.parent) if (predicate(parent)) return parent;
  return undefined;
}

/** A plain copy of the tree under `parent` (elements as `{ tag, attributes, children }`, text as strings), for `deep.equal`. */
export type HtmlOutline = string | { tag: string; attributes: Record<string, string>; children: HtmlOutline[] } | { comment: string } | { doctype: true };
export function outline(parent: HtmlParent): HtmlOutline[] {
  return parent.children.map((node): HtmlOutline => {
    if (node.kind === 'text') return node.text;
    if (node.kind === 'comment') return { comment: node.text };
    if (node.kind === 'doctype') return { doctype: true };
    return { tag: node.tag, attributes: attrs(node), children: outline(node) };
  });
}

/** The comments under `parent`. */
export function commentsOf(parent: HtmlParent): HtmlComment[] {
  return descendants(parent).filter((node): node is HtmlComment => node.kind === 'comment');
}
