import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LOCALES, type Locale, type Text, resolveText } from '@cydran/i18n';
import { bilingualAttribute, textFromContent } from '../internal/content-text.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { type ContentElement, asRegionContent, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import type { MenuState } from '../internal/collapsible-menu.js';
import { serviceNavigationMessages } from './service-navigation.messages.js';

/**
 * The attribute naming an author child's place: `start` (before the service
 * name and links, GOV.UK's `slots.start`) or `end` (after them, `slots.end`).
 */
export const SERVICE_NAVIGATION_REGION_ATTRIBUTE = 'data-region';

/** The places author content can go, in the order they are rendered. */
export const SERVICE_NAVIGATION_REGIONS = ['start', 'end'] as const;

/** One link of the navigation. */
export interface ServiceNavigationItem {
  /** Its address, per language if they differ: `"/apply"` or `{"en":"/apply","cy":"/gwneud-cais"}`. */
  href: Text;
  text: Text;
  /** This is the page the person is on (`aria-current="page"`). */
  current?: boolean;
  /** The person is somewhere in this section (`aria-current="true"`), GOV.UK's `active`. */
  active?: boolean;
}

export const serviceNavigationProps = {
  /**
   * The links, as JSON or from JavaScript:
   * `[{"href":"/","text":{"en":"Home","cy":"Hafan"}}]`. Without it, the
   * element's own `<a>` children are read once, when it first connects.
   */
  items: { kind: 'json', default: undefined as ServiceNavigationItem[] | undefined },
  /** The address of the page the person is on: the link with this `href` (in either language) is marked current. */
  current: { kind: 'string' },
  /** GOV.UK's `serviceName`: `service-name`, `service-name-cy`. */
  serviceName: { kind: 'text' },
  /** GOV.UK's `serviceUrl`: the service name links to it. */
  serviceHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** The name of the `<nav>` landmark (default "Menu" / "Dewislen"). */
  navigationLabel: { kind: 'text' },
  /** The menu button's words (default "Menu" / "Dewislen"). */
  menuButtonText: { kind: 'text' },
  /** The menu button's accessible name, when it must differ from its words. */
  menuButtonLabel: { kind: 'text' },
  /** The id of the list, for the button's `aria-controls` (GOV.UK's `navigationId`). */
  navigationId: { kind: 'string', default: 'cyd-service-navigation' },
  /** Never fold the links into a menu button (GOV.UK's `collapseNavigationOnMobile: false`). */
  noCollapse: { kind: 'boolean' },
} as const satisfies PropSpec;

export type ServiceNavigationProps = Props<typeof serviceNavigationProps>;

/** What the browser adds to the props: the menu button's state (the server renders `static`). */
export interface ServiceNavigationRenderState {
  menu?: MenuState;
}

/**
 * Reads `<a>` elements (an author's, or this component's own render) into
 * items: `href` and `data-href-cy`, the text and `data-text-cy`,
 * `aria-current="page"` (current) or another `aria-current` / `data-active`
 * (active).
 */
export function itemsFromContent(content: ContentElement[]): ServiceNavigationItem[] {
  return content
    .filter((element) => !(SERVICE_NAVIGATION_REGION_ATTRIBUTE in element.attributes))
    .flatMap((element) => (element.tag === 'a' ? [element] : element.tag === 'ul' || element.tag === 'li' ? itemsElements(element) : []))
    .map((element) => {
      const item: ServiceNavigationItem = {
        href: textFromContent(element, 'data-href', element.attributes.href ?? ''),
        text: textFromContent(element, 'data-text', element.text),
      };
      const current = element.attributes['aria-current'];
      if (current === 'page' || 'data-current' in element.attributes) item.current = true;
      else if ((current !== undefined && current !== 'false') || 'data-active' in element.attributes) item.active = true;
      return item;
    });
}

/** The `<a>` elements inside a list an author wrapped the links in. */
function itemsElements(element: ContentElement): ContentElement[] {
  return element.children.flatMap((child) => (child.tag === 'a' ? [child] : itemsElements(child)));
}

/** Whether `item` is the page at `current` (its address in any language). */
export function isCurrent(item: ServiceNavigationItem, current: string | undefined): boolean {
  if (item.current) return true;
  if (!current) return false;
  return LOCALES.some((locale) => resolveText(item.href, locale) === current);
}

/** Whether the links fold into a menu button on small screens: GOV.UK's default, more than one link. */
export function collapses(p: ServiceNavigationProps): boolean {
  return !p.noCollapse && (p.items?.length ?? 0) > 1;
}

function itemTemplate(item: ServiceNavigationItem, p: ServiceNavigationProps, locale: Locale): TemplateResult {
  const current = isCurrent(item, p.current);
  const marked = current || item.active === true;
  const words = textIn(item.text, locale);
  return html`<li class="cyd-service-navigation__item${marked ? ' cyd-service-navigation__item--active' : ''}">
    <a
      class="cyd-service-navigation__link cyd-link"
      href=${resolveText(item.href, locale)}
      aria-current=${current ? 'page' : item.active ? 'true' : nothing}
      data-href=${ifDefined(bilingualAttribute(item.href))}
      data-text=${ifDefined(bilingualAttribute(item.text))}
      ?data-current=${item.current === true}
      ?data-active=${item.active === true}
    >${marked ? html`<strong class="cyd-service-navigation__active-fallback">${words}</strong>` : words}</a>
  </li>`;
}

function serviceNameTemplate(p: ServiceNavigationProps, locale: Locale, id: string): TemplateResult | typeof nothing {
  const name = textIn(p.serviceName, locale);
  if (!name) return nothing;
  const href = resolveText(p.serviceHref, locale);
  return html`<span class="cyd-service-navigation__service-name" id=${id}>${
    href ? html`<a class="cyd-service-navigation__service-link cyd-link" href=${href}>${name}</a>` : name
  }</span>`;
}

export const serviceNavigationDefinition = defineComponent({
  tag: 'cyd-service-navigation',
  props: serviceNavigationProps,
  // Content around the links (a sign-out link, a search) is markup, placed
  // by region; the plain <a> children are data (propsFromContent).
  regionAttribute: SERVICE_NAVIGATION_REGION_ATTRIBUTE,
  regionHint:
    'Links go straight inside it as <a> elements; other content goes in an element with data-region="start" (before the service name and links) or data-region="end" (after them).',
  template(p: ServiceNavigationProps & ServiceNavigationRenderState, locale, content) {
    const { regions } = asRegionContent(content);
    const region = (key: (typeof SERVICE_NAVIGATION_REGIONS)[number]) =>
      regions.has(key) ? html`<div class="cyd-service-navigation__${key}" data-cyd-content=${key}>${regions.get(key)}</div>` : nothing;
    const items = Array.isArray(p.items) ? p.items : [];
    const menu = collapses(p) ? (p.menu ?? 'static') : 'static';
    const words = serviceNavigationMessages[locale].menu;
    const buttonWords = textIn(p.menuButtonText, locale) || words;
    const buttonLabel = resolveText(p.menuButtonLabel, locale);
    const id = p.navigationId || 'cyd-service-navigation';
    const serviceNameId = `${id}-service-name`;
    const inner = html`${region('start')}<div class="cyd-service-navigation__container">
        ${serviceNameTemplate(p, locale, serviceNameId)}
        ${
          items.length
            ? html`<nav class="cyd-service-navigation__wrapper" aria-label=${resolveText(p.navigationLabel, locale) || words}>
              <button
                type="button"
                class="cyd-service-navigation__toggle cyd-menu-button cyd-focus-ring"
                aria-controls=${id}
                aria-expanded=${menu === 'open' ? 'true' : 'false'}
                aria-label=${buttonLabel ? buttonLabel : nothing}
                ?hidden=${menu === 'static'}
              >${buttonWords}</button>
              <ul class="cyd-service-navigation__list" id=${id} ?hidden=${menu === 'closed'}>
                ${items.map((item) => itemTemplate(item, p, locale))}
              </ul>
            </nav>`
            : nothing
        }
      </div>${region('end')}`;
    // With a service name, the whole band is a region landmark named by that
    // name (GOV.UK's "Service information" section), so nothing on it is
    // outside a landmark and no extra words are needed in either language.
    return resolveText(p.serviceName, locale)
      ? html`<section class="cyd-service-navigation" aria-labelledby=${serviceNameId} data-cyd-root>${inner}</section>`
      : html`<div class="cyd-service-navigation" data-cyd-root>${inner}</div>`;
  },
  propsFromContent(content) {
    const items = itemsFromContent(content);
    return items.length > 0 ? { items } : {};
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        const items = Array.isArray(p.items) ? p.items : [];
        if (items.length === 0 && !p.serviceName) {
          problems.push(
            '<cyd-service-navigation> has no links and no service name, so it shows nothing. Put <a href="…" data-text-cy="…">…</a> elements inside it, or set items=\'[{"href":"…","text":{"en":"…","cy":"…"}}]\'.',
          );
        }
        for (const [index, item] of items.entries()) {
          if (!item || !resolveText(item.href, 'en')) {
            problems.push(`<cyd-service-navigation>: link ${index + 1} has no href. Give each link its address: <a href="/…">, or "href" in items.`);
          }
          if (item && !resolveText(item.text, 'en') && !resolveText(item.text, 'cy')) {
            problems.push(`<cyd-service-navigation>: link ${index + 1} has no words. Give it text, and data-text-cy="…" for Welsh.`);
          }
        }
        const marked = items.filter((item) => item && isCurrent(item, p.current));
        if (p.current && marked.length === 0) {
          problems.push(
            `<cyd-service-navigation>: current="${p.current}" is not the href of any link, so no link is marked as the current page. Use one of the links' href values.`,
          );
        }
        if (marked.length > 1) {
          problems.push(
            '<cyd-service-navigation>: more than one link is marked as the current page. Mark only the page the person is on (aria-current="page" or current="…"); a section they are in takes data-active.',
          );
        }
        return problems;
      }
    : undefined,
});
