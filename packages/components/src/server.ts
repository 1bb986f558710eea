/**
 * `@cydran/components/server`: renders Cydran components to HTML in Node, with
 * the same templates the browser uses, so a page works with JavaScript off
 * and upgrades without losing what the person typed.
 *
 *   renderElement('cyd-text-input', { name: 'email', label: 'Email' }, { locale: 'cy' })
 *   expandHTML(pageHtml)   // expands every cyd-* tag, each in its own language
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { parse, parseFragment, serialize, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { type Locale, DEFAULT_LOCALE, normaliseLocale } from '@cydran/i18n';
import type { ComponentDefinition, ContentElement, RegionContent } from './internal/definition.js';
import { definitions } from './internal/definitions.js';
import { propsFromAttributes } from './internal/props.js';
import { specProblems } from './internal/developer-errors.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const byTag = new Map<string, ComponentDefinition<any>>(definitions.map((d) => [d.tag, d]));

export interface RenderOptions {
  /** The language to render in when no `lang` applies. Default `en`. */
  locale?: Locale;
  /** Called with each developer mistake found (default: console.warn). */
  onProblem?: (problem: string) => void;
}

/** The tags this renderer can expand. */
export function serverTags(): string[] {
  return [...byTag.keys()];
}

/** Lit's SSR adds hydration comments; our upgrade re-renders, so drop them. */
function stripLitMarkers(html: string): string {
  return html.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '');
}

function renderInner(definition: ComponentDefinition<any>, attributes: Record<string, string | undefined>, locale: Locale, contentHtml: string, onProblem: (p: string) => void): string {
  const props = propsFromAttributes(definition.props, attributes);
  if (definition.propsFromContent) {
    const fromContent = definition.propsFromContent(contentElements(parseFragment(contentHtml).childNodes as ChildNode[]));
    for (const [prop, value] of Object.entries(fromContent)) {
      if ((props as Record<string, unknown>)[prop] === undefined) (props as Record<string, unknown>)[prop] = value;
    }
  }
  for (const problem of [...specProblems(definition.tag, definition.props, props), ...(definition.problems?.(props) ?? [])]) {
    onProblem(problem);
  }
  const content = definition.regionAttribute ? regionContent(definition, contentHtml, onProblem) : unsafeHTML(contentHtml);
  const rendered = stripLitMarkers(collectResultSync(render(definition.template(props, locale, content))));
  if (definition.regionAttribute) {
    for (const key of (content as RegionContent).regions.keys()) {
      if (!rendered.includes(`data-cyd-content="${escapeAttribute(key)}"`)) {
        onProblem(`<${definition.tag}>: content with ${definition.regionAttribute}="${key}" has no place (no option has that value). It was left out.`);
      }
    }
  }
  return rendered;
}

/** Splits author HTML by the definition's region attribute (see ComponentDefinition.regionAttribute). */
function regionContent(definition: ComponentDefinition<any>, contentHtml: string, onProblem: (p: string) => void): RegionContent {
  const attribute = definition.regionAttribute!;
  const regions = new Map<string, string>();
  let main = '';
  let mainHasContent = false;
  for (const node of parseFragment(contentHtml).childNodes as ChildNode[]) {
    const key = 'attrs' in node ? node.attrs.find((a) => a.name === attribute)?.value : undefined;
    const html = serializeOuter(node);
    if (key !== undefined && key !== '') {
      regions.set(key, (regions.get(key) ?? '') + html);
    } else {
      main += html;
      mainHasContent ||= 'tagName' in node || ('value' in node && node.nodeName === '#text' && String(node.value).trim() !== '');
    }
  }
  if (mainHasContent) {
    onProblem(`<${definition.tag}>: some content has no place. Wrap each option's content in an element with ${attribute}="<the option's value>".`);
  }
  return { main: unsafeHTML(main), regions: new Map([...regions].map(([key, html]) => [key, unsafeHTML(html)])) };
}

/** Parsed author content as `ContentElement`s, for `propsFromContent`. */
function contentElements(nodes: ChildNode[]): ContentElement[] {
  const textOf = (node: ChildNode): string =>
    node.nodeName === '#text' ? String((node as { value: string }).value) : 'childNodes' in node ? (node.childNodes as ChildNode[]).map(textOf).join('') : '';
  return nodes
    .filter((node): node is Element => 'tagName' in node)
    .map((element) => ({
      tag: element.tagName,
      attributes: attributesOf(element),
      text: textOf(element).replace(/\s+/g, ' ').trim(),
      children: contentElements(element.childNodes as ChildNode[]),
    }));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The light-DOM HTML of one component, host tag included:
 * `<cyd-text-input name="email" …><div class="cyd-form-group" data-cyd-root>…</div></cyd-text-input>`.
 * `content` is the HTML the author put inside the tag.
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
    if (value === false || value == null) continue;
    attrs[name] = value === true ? '' : String(value);
  }
  const locale = attrs.lang ? normaliseLocale(attrs.lang) : (options.locale ?? DEFAULT_LOCALE);
  const onProblem = options.onProblem ?? ((p: string) => console.warn(`[cydran] ${p}`));
  const inner = renderInner(definition, attrs, locale, options.content ?? '', onProblem);
  const attrText = Object.entries(attrs)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attrText}>${inner}</${tag}>`;
}

function attributesOf(element: Element): Record<string, string> {
  return Object.fromEntries(element.attrs.map((a) => [a.name, a.value]));
}

function expandChildren(parent: ParentNode, inherited: Locale | null, fallback: Locale, onProblem: (p: string) => void): void {
  for (const child of [...parent.childNodes] as ChildNode[]) {
    if (!('tagName' in child)) continue;
    const element = child as Element;
    const lang = element.attrs.find((a) => a.name === 'lang')?.value;
    const locale = lang !== undefined ? normaliseLocale(lang) : inherited;
    // <template> content lives in a separate fragment.
    const container: ParentNode = element.tagName === 'template' ? (element as unknown as { content: ParentNode }).content : element;
    // Inner components first, so an outer one receives their rendered HTML as content.
    expandChildren(container, locale, fallback, onProblem);
    const definition = byTag.get(element.tagName);
    if (definition) {
      const contentHtml = serialize(element);
      const rendered = renderInner(definition, attributesOf(element), locale ?? fallback, contentHtml, onProblem);
      const fragment = parseFragment(element, rendered, {});
      element.childNodes = fragment.childNodes;
      for (const node of element.childNodes) (node as { parentNode: ParentNode }).parentNode = element;
    } else if (element.tagName.startsWith('cyd-')) {
      onProblem(`<${element.tagName}> is not a Cydran component this renderer knows; it was left as it is. Known: ${serverTags().join(', ')}.`);
    }
  }
}

/**
 * Expands every `cyd-*` element in a page or fragment into its light-DOM HTML,
 * each in the language its `lang` ancestors give. Uses a real HTML parser, so
 * any valid HTML goes in and comes out whole.
 */
export function expandHTML(html: string, options: RenderOptions = {}): string {
  const onProblem = options.onProblem ?? ((p: string) => console.warn(`[cydran] ${p}`));
  const fallback = options.locale ?? DEFAULT_LOCALE;
  const isDocument = /^\s*(<!doctype|<html)/i.test(html);
  const root = isDocument ? parse(html) : parseFragment(html);
  expandChildren(root, null, fallback, onProblem);
  return serialize(root);
}
