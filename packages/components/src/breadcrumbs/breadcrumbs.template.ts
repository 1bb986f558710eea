import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { bilingualAttribute, textFromContent } from '../internal/content-text.js';
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

function itemFrom(element: ContentElement): BreadcrumbItem | undefined {
  if (element.tag === 'li') {
    const inner = element.children.find((child) => child.tag === 'a' || child.tag === 'span');
    const item = inner ? itemFrom(inner) : { text: element.text };
    if (item && element.attributes['aria-current'] === 'page') item.current = true;
    return item;
  }
  if (element.tag !== 'a' && element.tag !== 'span') return undefined;
  const item: BreadcrumbItem = { text: textFromContent(element, 'data-text', element.text) };
  const href = textFromContent(element, 'data-href', element.attributes.href);
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

function itemTemplate(item: BreadcrumbItem, locale: Locale): TemplateResult {
  const href = resolveText(item.href, locale);
  const words = textIn(item.text, locale);
  return html`<li class="cyd-breadcrumbs__item" aria-current=${!href ? 'page' : nothing}>${
    href
      ? html`<a class="cyd-link cyd-breadcrumbs__link" href=${href} aria-current=${item.current ? 'page' : nothing} data-text=${ifDefined(bilingualAttribute(item.text))} data-href=${ifDefined(bilingualAttribute(item.href))}>${words}</a>`
      : html`<span class="cyd-breadcrumbs__current" data-text=${ifDefined(bilingualAttribute(item.text))}>${words}</span>`
  }</li>`;
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
          return [
            '<cyd-breadcrumbs> has no items. Put links inside it, <a href="/" data-text-cy="Hafan">Home</a>, or set items=\'[{"text":{"en":"Home","cy":"Hafan"},"href":"/"}]\'.',
          ];
        }
        const unlinked = items.findIndex((item) => !resolveText(item.href, 'en') && !resolveText(item.href, 'cy'));
        if (unlinked !== -1 && unlinked !== items.length - 1) {
          return [
            `<cyd-breadcrumbs>: item ${unlinked + 1} ("${resolveText(items[unlinked]!.text, 'en')}") has no href. Only the last item may be the current page without a link; give the others an href.`,
          ];
        }
        return [];
      }
    : undefined,
});
