/**
 * The server renderer itself. `../server.ts` is the public entry: it loads
 * this module and says what to install when @lit-labs/ssr or parse5 is
 * missing (ADR 0007).
 */
import { render } from '@lit-labs/ssr';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { type DefaultTreeAdapterMap, defaultTreeAdapter, html as htmlNames, parse, parseFragment, serialize, serializeOuter } from 'parse5';
import { type Locale, normaliseLocale } from '@cydran/i18n';
import { type ContentElement, type RegionContent, readsAsData, regionHintOf } from '../internal/definition.js';
import { definitions } from '../internal/definitions.js';
import { propsFromAttributes } from '../internal/props.js';
import { specProblems } from '../internal/developer-errors.js';
import { attributeNameProblem } from './attribute-names.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Document = DefaultTreeAdapterMap['document'];

/** A definition of any component (the element type of the generated list). */
type AnyDefinition = (typeof definitions)[number];

const byTag = new Map<string, AnyDefinition>(definitions.map((d) => [d.tag, d]));

export interface RenderOptions {
  /**
   * The language to render in when no `lang` applies. Default `en`. A tag
   * such as `cy-GB` is read as its language; one Cydran has no messages for
   * gives English, as a `lang` attribute does.
   */
  locale?: Locale | (string & {});
  /** Called with each developer mistake found (default: console.warn). */
  onProblem?: (problem: string) => void;
}

/** The tags this renderer can expand. */
export function serverTags(): string[] {
  return [...byTag.keys()];
}

const warn = (problem: string): void => console.warn(`[cydran] ${problem}`);

// ---- rendered HTML inside a parse5 tree --------------------------------------

/**
 * A component's rendered HTML goes back into the page's tree as one text node
 * that the serializer writes as it is, instead of being parsed into nodes
 * only to be serialized again. The serializer writes a text node unescaped
 * when its parent is a raw-text element, so these nodes report one as their
 * parent to it.
 */
const renderedNodes = new WeakSet<ChildNode>();
const RAW_TEXT_PARENT = defaultTreeAdapter.createElement('xmp', htmlNames.NS.HTML, []);
const treeAdapter = {
  ...defaultTreeAdapter,
  getParentNode: (node: ChildNode): ParentNode | null => (renderedNodes.has(node) ? RAW_TEXT_PARENT : defaultTreeAdapter.getParentNode(node)),
};
const serializeOptions = { treeAdapter };

function replaceChildrenWithRendered(element: Element, html: string): void {
  const node = defaultTreeAdapter.createTextNode(html);
  node.parentNode = element;
  renderedNodes.add(node);
  element.childNodes = [node];
}

// ---- author content ------------------------------------------------------------

/** What the author put inside a tag: parsed nodes, HTML, or both, each made only when asked for. */
interface Content {
  readonly empty: boolean;
  html(): string;
  nodes(): ChildNode[];
}

function contentFromHtml(html: string): Content {
  let nodes: ChildNode[] | undefined;
  return { empty: html === '', html: () => html, nodes: () => (nodes ??= parseFragment(html).childNodes) };
}

function contentOf(container: ParentNode): Content {
  return {
    empty: container.childNodes.length === 0,
    html: () => serialize(container, serializeOptions),
    nodes: () => container.childNodes,
  };
}

/**
 * Lit renders author content as a placeholder comment; collecting the result
 * puts the content's HTML where the placeholder came out, so the content is
 * never parsed again by Lit.
 */
class Placeholders {
  readonly #html = new Map<string, string>();
  readonly #placeholderOf = new Map<unknown, string>();
  readonly #emitted = new Set<string>();

  /** A value for the template that stands for `html`. */
  add(html: string): unknown {
    const placeholder = `<!--cyd-content ${this.#html.size}-->`;
    const result = unsafeHTML(placeholder);
    this.#html.set(placeholder, html);
    this.#placeholderOf.set(result, placeholder);
    return result;
  }

  /** The HTML for a chunk that is a placeholder, else undefined. */
  take(chunk: string): string | undefined {
    if (this.#html.size === 0) return undefined;
    const html = this.#html.get(chunk);
    if (html !== undefined) this.#emitted.add(chunk);
    return html;
  }

  /** Whether the template put a value from `add` anywhere. */
  wasEmitted(value: unknown): boolean {
    const placeholder = this.#placeholderOf.get(value);
    return placeholder !== undefined && this.#emitted.has(placeholder);
  }
}

// ---- collecting Lit's output -----------------------------------------------------

/**
 * Lit's hydration markers: each comes out of @lit-labs/ssr as a chunk of its
 * own. Cydran's upgrade re-renders instead of hydrating (ADR 0003), so
 * nothing reads them and they are left out while collecting, not searched for
 * in the HTML afterwards.
 */
function isLitMarker(chunk: string): boolean {
  // Most chunks are text or start a tag: look no further than two characters.
  if (chunk.charCodeAt(0) !== 0x3c /* < */) return false;
  const second = chunk.charCodeAt(1);
  if (second === 0x3f /* ? */) return chunk === '<?>';
  if (second !== 0x21 /* ! */) return false;
  return chunk === '<!--/lit-part-->' || ((chunk.startsWith('<!--lit-part') || chunk.startsWith('<!--lit-node ')) && chunk.indexOf('-->') === chunk.length - 3);
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/** A chunk that is only spaces, tabs and newlines (the template's indentation, or between attributes). */
function isWhiteSpace(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) if (!isSpace(chunk.charCodeAt(i))) return false;
  return true;
}

/**
 * Lit's output without its markers, author content put in place of its
 * placeholders, and each run of the templates' own white space (indentation,
 * the gaps left by attributes that are not set) shortened to one character:
 * the same rendering (no template has preformatted text; the textarea's text
 * and author content are never touched), in about a quarter fewer bytes.
 */
function collect(result: Iterable<unknown>, placeholders: Placeholders): string {
  let html = '';
  let endsInWhiteSpace = false;
  const add = (items: Iterable<unknown>): void => {
    for (const chunk of items) {
      let value: unknown = chunk;
      while (typeof value === 'function') value = value();
      if (typeof value === 'string') {
        if (value === '' || isLitMarker(value)) continue;
        const content = placeholders.take(value);
        if (content !== undefined) {
          html += content;
          endsInWhiteSpace = false;
        } else if (isWhiteSpace(value)) {
          if (!endsInWhiteSpace) html += value.includes('\n') ? '\n' : ' ';
          endsInWhiteSpace = true;
        } else {
          let start = 0;
          if (endsInWhiteSpace) while (isSpace(value.charCodeAt(start))) start++;
          html += start === 0 ? value : value.slice(start);
          endsInWhiteSpace = isSpace(value.charCodeAt(value.length - 1));
        }
      } else if (Array.isArray(value)) {
        add(value);
      } else if (value !== undefined) {
        throw new Error('Cydran templates render synchronously; a template gave a Promise.');
      }
    }
  };
  add(result);
  return html;
}

// ---- rendering one component -------------------------------------------------------

function renderInner(
  definition: AnyDefinition,
  attributes: Record<string, string | undefined>,
  locale: Locale,
  content: Content,
  onProblem: (p: string) => void,
): string {
  const props: Record<string, unknown> = propsFromAttributes(definition.props, attributes);
  if (definition.propsFromContent && !content.empty) {
    for (const [prop, value] of Object.entries(definition.propsFromContent(contentElements(content.nodes())))) {
      if (props[prop] === undefined) props[prop] = value;
    }
  }
  for (const problem of [...specProblems(definition.tag, definition.props, props), ...(definition.problems?.(props) ?? [])]) {
    onProblem(problem);
  }
  const placeholders = new Placeholders();
  if (!definition.regionAttribute) {
    // No content renders as nothing; only real content needs a placeholder.
    const main = content.empty ? nothing : placeholders.add(content.html());
    const rendered = collect(render(definition.template(props, locale, main)), placeholders);
    // A select's content is data it has read; any other content needs a place in the template.
    if (main !== nothing && !placeholders.wasEmitted(main) && !definition.propsFromContent && hasMeaningfulContent(content.nodes())) {
      onProblem(`<${definition.tag}> does not take content; use its attributes instead. The content was left out.`);
    }
    return rendered;
  }
  const regions = regionContent(definition, content, placeholders, onProblem);
  const rendered = collect(render(definition.template(props, locale, regions)), placeholders);
  for (const [key, placeholder] of regions.regions) {
    if (!placeholders.wasEmitted(placeholder)) {
      onProblem(`<${definition.tag}>: content with ${definition.regionAttribute}="${key}" has no place. It was left out. ${regionHintOf(definition)}`);
    }
  }
  return rendered;
}

/** Whether nodes hold more than white space and comments. */
function hasMeaningfulContent(nodes: ChildNode[]): boolean {
  return nodes.some((node) => 'tagName' in node || (node.nodeName === '#text' && 'value' in node && node.value.trim() !== ''));
}

/** Splits author content by the definition's region attribute (see ComponentDefinition.regionAttribute). */
function regionContent(definition: AnyDefinition, content: Content, placeholders: Placeholders, onProblem: (p: string) => void): RegionContent {
  const attribute = definition.regionAttribute!;
  const regions = new Map<string, string>();
  let main = '';
  let mainHasContent = false;
  for (const node of content.empty ? [] : content.nodes()) {
    const key = 'attrs' in node ? node.attrs.find((a) => a.name === attribute)?.value : undefined;
    const html = serializeOuter(node, serializeOptions);
    if (key !== undefined && key !== '') {
      regions.set(key, (regions.get(key) ?? '') + html);
    } else {
      main += html;
      // An element the definition reads as data (a service navigation's
      // links) needs no place, as in the browser.
      mainHasContent ||= hasMeaningfulContent([node]) && !contentElements([node]).some((element) => readsAsData(definition, element));
    }
  }
  if (mainHasContent) {
    onProblem(`<${definition.tag}>: some content has no place. ${regionHintOf(definition)}`);
  }
  return { main: placeholders.add(main), regions: new Map([...regions].map(([key, html]) => [key, placeholders.add(html)])) };
}

/** Parsed author content as `ContentElement`s, for `propsFromContent`. */
function contentElements(nodes: ChildNode[]): ContentElement[] {
  return nodes
    .filter((node): node is Element => 'tagName' in node)
    .map((element) => ({
      tag: element.tagName,
      attributes: attributesOf(element),
      text: textOf(element).replace(/\s+/g, ' ').trim(),
      children: contentElements(element.childNodes),
    }));
}

function textOf(node: ChildNode): string {
  if (renderedNodes.has(node) && 'value' in node) return parseFragment(node.value).childNodes.map(textOf).join('');
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** An attribute value as the text it stands for; anything else is a developer error naming the element and attribute. */
function attributeText(tag: string, name: string, value: unknown): string | undefined {
  if (value === false || value == null) return undefined;
  if (value === true) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const what = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  throw new TypeError(
    `renderElement(<${tag}>): attribute "${name}" is ${what}. Attribute values are strings, numbers or booleans; for a JSON attribute pass JSON.stringify(value).`,
  );
}

/**
 * The light-DOM HTML of one component, host tag included:
 * `<cyd-text-input name="email" …><div class="cyd-form-group" data-cyd-root>…</div></cyd-text-input>`.
 * `content` is the HTML the author put inside the tag.
 *
 * Throws a TypeError, naming the element and the attribute, for an attribute
 * name HTML does not allow (one with a space, quote, `>`, `/`, `=` or control
 * character could inject markup) and for a value that is not a string,
 * number, boolean, null or undefined.
 */
export function renderElement(
  tag: string,
  attributes: Record<string, string | boolean | number | undefined | null> = {},
  options: RenderOptions & { content?: string } = {},
): string {
  const definition = byTag.get(tag);
  if (!definition) {
    throw new Error(`renderElement: <${tag}> is not a Cydran component this renderer knows. Known: ${serverTags().join(', ')}.`);
  }
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const problem = attributeNameProblem(name);
    if (problem) throw new TypeError(`renderElement(<${tag}>): ${JSON.stringify(name)} is not an attribute name: ${problem}.`);
    const text = attributeText(tag, name, value);
    if (text !== undefined) attrs[name] = text;
  }
  const content = options.content ?? '';
  if (typeof content !== 'string') throw new TypeError(`renderElement(<${tag}>): content is HTML as a string, not ${typeof content}.`);
  const locale = normaliseLocale(attrs.lang || options.locale);
  const inner = renderInner(definition, attrs, locale, contentFromHtml(content), options.onProblem ?? warn);
  let attrText = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (definition.secretAttributes?.includes(name)) continue;
    attrText += value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return `<${tag}${attrText}>${inner}</${tag}>`;
}

// ---- expanding a page ------------------------------------------------------------------

function attributesOf(element: Element): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const { name, value } of element.attrs) attributes[name] = value;
  return attributes;
}

function expandChildren(parent: ParentNode, inherited: Locale | null, fallback: Locale, onProblem: (p: string) => void): void {
  for (const child of parent.childNodes) {
    if (!('tagName' in child)) continue;
    const lang = child.attrs.find((a) => a.name === 'lang')?.value;
    const locale = lang !== undefined ? normaliseLocale(lang) : inherited;
    // <template> content lives in a separate fragment.
    const container: ParentNode = 'content' in child ? child.content : child;
    const definition = byTag.get(child.tagName);
    const contentLocale = definition?.contentLocale?.(propsFromAttributes(definition.props, attributesOf(child)));
    // Inner components first, so an outer one receives their rendered HTML as content.
    expandChildren(container, contentLocale ?? locale, fallback, onProblem);
    if (definition) {
      replaceChildrenWithRendered(child, renderInner(definition, attributesOf(child), locale ?? fallback, contentOf(child), onProblem));
      const secret = definition.secretAttributes;
      if (secret) child.attrs = child.attrs.filter((attribute) => !secret.includes(attribute.name));
    } else if (child.tagName.startsWith('cyd-')) {
      onProblem(`<${child.tagName}> is not a Cydran component this renderer knows; it was left as it is. Known: ${serverTags().join(', ')}.`);
    }
  }
}

/**
 * Whether the source was a whole page: it had a doctype, or an `<html>`,
 * `<head>` or `<body>` tag of its own (the parser makes these up for a
 * fragment, but made-up elements have no place in the source).
 */
function isWholePage(document: Document): boolean {
  for (const node of document.childNodes) {
    if (node.nodeName === '#documentType') return true;
    if ('tagName' in node && node.tagName === 'html') {
      if (node.sourceCodeLocation) return true;
      return node.childNodes.some((child) => 'tagName' in child && (child.tagName === 'head' || child.tagName === 'body') && !!child.sourceCodeLocation);
    }
  }
  return false;
}

/** Only a source that contains one of these can be a whole page; anything else is parsed as a fragment straight away. */
const PAGE_TAGS = ['<!doctype', '<html', '<head', '<body'];

/**
 * Expands every `cyd-*` element in a page or fragment into its light-DOM HTML,
 * each in the language its `lang` ancestors give. Uses a real HTML parser, so
 * any valid HTML goes in and comes out whole. A source with a doctype or its
 * own `<html>`, `<head>` or `<body>` tag (after comments, white space or a
 * byte order mark, say) comes back as a whole page; anything else as a
 * fragment.
 */
export function expandHTML(html: string, options: RenderOptions = {}): string {
  const onProblem = options.onProblem ?? warn;
  const fallback = normaliseLocale(options.locale);
  // A byte order mark is the file's encoding, not its content: a browser's
  // decoder removes it before parsing, and so does this.
  if (html.charCodeAt(0) === 0xfeff) html = html.slice(1);
  const lower = html.toLowerCase();
  let root: ParentNode | undefined;
  if (PAGE_TAGS.some((tag) => lower.includes(tag))) {
    const document = parse(html, { sourceCodeLocationInfo: true });
    if (isWholePage(document)) root = document;
  }
  root ??= parseFragment(html);
  expandChildren(root, null, fallback, onProblem);
  return serialize(root, serializeOptions);
}
