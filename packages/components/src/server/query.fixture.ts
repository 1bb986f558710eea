/**
 * Server output read with a real HTML parser, for tests: every element with
 * its attributes, text and element children, so a test asks about structure
 * instead of matching HTML with patterns.
 */
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

export interface ParsedElement {
  tag: string;
  attributes: Record<string, string>;
  /** Text content, white space collapsed and trimmed. */
  text: string;
  children: ParsedElement[];
}

function toParsed(node: Node, all: ParsedElement[]): ParsedElement | undefined {
  if (!('tagName' in node)) return undefined;
  const element: ParsedElement = { tag: node.tagName, attributes: {}, text: '', children: [] };
  all.push(element);
  for (const { name, value } of node.attrs) element.attributes[name] = value;
  const container = node.tagName === 'template' && 'content' in node ? node.content : node;
  for (const child of container.childNodes) {
    const parsed = toParsed(child, all);
    if (parsed) element.children.push(parsed);
  }
  element.text = textOf(node).replace(/\s+/g, ' ').trim();
  return element;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Every element of an HTML fragment (or, with `{ document: true }`, a whole page), in document order. */
export function elementsOf(html: string, { document = false } = {}): ParsedElement[] {
  const all: ParsedElement[] = [];
  for (const node of (document ? parse(html) : parseFragment(html)).childNodes) toParsed(node, all);
  return all;
}

/** The elements with this tag and, if given, these attribute values. */
export function findAll(html: string, tag: string, attributes: Record<string, string> = {}): ParsedElement[] {
  return elementsOf(html).filter((e) => e.tag === tag && Object.entries(attributes).every(([name, value]) => e.attributes[name] === value));
}

/** The one element with this tag and attributes; throws naming what is missing. */
export function findOne(html: string, tag: string, attributes: Record<string, string> = {}): ParsedElement {
  const found = findAll(html, tag, attributes);
  if (found.length !== 1) throw new Error(`expected one <${tag}> with ${JSON.stringify(attributes)}, found ${found.length}`);
  return found[0]!;
}
