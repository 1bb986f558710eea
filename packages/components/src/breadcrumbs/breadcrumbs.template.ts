import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOCALES, type Locale, type Text, parseText, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { type ContentElement, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { breadcrumbsMessages } from './breadcrumbs.messages.js';

/** One step of the trail. */
export interface BreadcrumbItem {
  /** Its words, in one or both languages. */
  text: Text;
  /** Where it goes (one address, or one per language). An item with none is the current page. */
  href?: Text;
  /** Marks a linked item as the current page (`aria-current="page"`). */
  current?: boolean;
}

export const breadcrumbsProps = {
  /**
   * The trail, as JSON or from JavaScript:
   * `[{"text":{"en":"Home","cy":"Hafan"},"href":"/"}]`. Without it, the
   * element's own `<a>` children are read once, when it first connects.
   */
  items: { kind: 'json', default: undefined as BreadcrumbItem[] | undefined },
  /** Below the tablet breakpoint, show only the first and the last item. */
  collapseOnMobile: { kind: 'boolean' },
  /** Replaces the landmark's name, "Breadcrumb" / "Briwsion bara" (`label-text`, `label-text-cy`). */
  labelText: { kind: 'text' },
  /** Use on a dark background: white text and separators. */
  inverse: { kind: 'boolean' },
} as const satisfies PropSpec;

export type BreadcrumbsProps = Props<typeof breadcrumbsProps>;

/**
 * Author text from an element: `data-text-cy` / `data-text-en` per language,
 * `data-text` as JSON (what this component renders, so a server render can
 * be read back), else its text (English).
 */
function bilingualFrom(element: ContentElement, name: 'text' | 'href', plain: string | undefined): Text | undefined {
  const perLocale: Partial<Record<Locale, string>> = {};
  const json = parseText(element.attributes[`data-${name}`] ?? null);
  if (typeof json === 'object') Object.assign(perLocale, json);
  for (const locale of LOCALES) {
    const given = element.attributes[`data-${name}-${locale}`];
    if (given !== undefined) perLocale[locale] = given;
  }
  if (Object.keys(perLocale).length === 0) return typeof json === 'string' ? json : plain;
  if (plain !== undefined) for (const locale of LOCALES) perLocale[locale] ??= plain;
  return perLocale;
}

function itemFrom(element: ContentElement): BreadcrumbItem | undefined {
  if (element.tag === 'li') {
    const inner = element.children.find((child) => child.tag === 'a' || child.tag === 'span');
    const item = inner ? itemFrom(inner) : { text: element.text };
    if (item && element.attributes['aria-current'] === 'page') item.current = true;
    return item;
  }
  if (element.tag !== 'a' && element.tag !== 'span') return undefined;
  const item: BreadcrumbItem = { text: bilingualFrom(element, 'text', element.text) ?? '' };
  const href = bilingualFrom(element, 'href', element.attributes.href);
  if (href) item.href = href;
  if (element.attributes['aria-current'] === 'page') item.current = true;
  return item;
}

/**
 * Reads the trail from `<a href>` elements (and a last `<span>` for a
 * current page with no link), an author's or this component's own render
 * (`<ol>` of `<li>`).
 */
export function itemsFromContent(content: ContentElement[]): BreadcrumbItem[] {
  const items: BreadcrumbItem[] = [];
  for (const element of content) {
    if (element.tag === 'ol' || element.tag === 'ul' || element.tag === 'nav') items.push(...itemsFromContent(element.children));
    else {
      const item = itemFrom(element);
      if (item) items.push(item);
    }
  }
  return items;
}

/** Both languages of a text, kept on the rendered item so an upgrade can read it back. */
function bilingual(text: Text | undefined): string | undefined {
  return typeof text === 'object' ? JSON.stringify(text) : undefined;
}

function itemTemplate(item: BreadcrumbItem, locale: Locale): TemplateResult {
  const href = resolveText(item.href, locale);
  const words = textIn(item.text, locale);
  return html`<li class="cyd-breadcrumbs__item" aria-current=${!href ? 'page' : nothing}>${href
    ? html`<a class="cyd-link cyd-breadcrumbs__link" href=${href} aria-current=${item.current ? 'page' : nothing} data-text=${ifDefined(bilingual(item.text))} data-href=${ifDefined(bilingual(item.href))}>${words}</a>`
    : html`<span class="cyd-breadcrumbs__current" data-text=${ifDefined(bilingual(item.text))}>${words}</span>`}</li>`;
}

export const breadcrumbsDefinition = defineComponent({
  tag: 'cyd-breadcrumbs',
  props: breadcrumbsProps,
  template(p, locale) {
    const items = Array.isArray(p.items) ? p.items : [];
    const label = resolveText(p.labelText, locale) || breadcrumbsMessages[locale].navigationLabel;
    const classes = `cyd-breadcrumbs${p.collapseOnMobile ? ' cyd-breadcrumbs--collapse-on-mobile' : ''}${p.inverse ? ' cyd-breadcrumbs--inverse' : ''}`;
    return html`<nav class=${classes} aria-label=${label} data-cyd-root>
      <ol class="cyd-breadcrumbs__list">${items.map((item) => itemTemplate(item, locale))}</ol>
    </nav>`;
  },
  propsFromContent(content) {
    const items = itemsFromContent(content);
    return items.length > 0 ? { items } : {};
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const items = Array.isArray(p.items) ? p.items : [];
        if (items.length === 0) {
          return ['<cyd-breadcrumbs> has no items. Put links inside it, <a href="/" data-text-cy="Hafan">Home</a>, or set items=\'[{"text":{"en":"Home","cy":"Hafan"},"href":"/"}]\'.'];
        }
        const unlinked = items.findIndex((item) => !resolveText(item.href, 'en') && !resolveText(item.href, 'cy'));
        if (unlinked !== -1 && unlinked !== items.length - 1) {
          return [`<cyd-breadcrumbs>: item ${unlinked + 1} ("${resolveText(items[unlinked]!.text, 'en')}") has no href. Only the last item may be the current page without a link; give the others an href.`];
        }
        return [];
      }
    : undefined,
});
