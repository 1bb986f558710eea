import { html, nothing, type TemplateResult } from 'lit';
import { type Locale, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { asRegionContent, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import type { MenuState } from '../internal/collapsible-menu.js';
import { headerMessages } from './header.messages.js';

/** The attribute that puts an author's child in one of the header's regions. */
export const HEADER_REGION_ATTRIBUTE = 'data-region';

/** Where author content can go: `<img data-region="logo" …>`. */
export const HEADER_REGIONS = ['logo', 'language', 'account', 'navigation'] as const;

/** The one list of <cyd-header>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const headerProps = {
  /** The council's or health board's name: `organisation`, `organisation-cy`. */
  organisation: { kind: 'text' },
  /** The organisation's home page (GOV.UK `homepageUrl`), per language if they differ. */
  organisationHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** The service's name: `service-name`, `service-name-cy`. */
  serviceName: { kind: 'text' },
  /** The service's start page: the service name links to it. */
  serviceHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** The name of the header's `<nav>` (default "Menu" / "Dewislen"). */
  navigationLabel: { kind: 'text' },
  /** The menu button's words (default "Menu" / "Dewislen"). */
  menuButtonText: { kind: 'text' },
  /** The id of the collapsible menu, for the button's `aria-controls`. */
  navigationId: { kind: 'string', default: 'cyd-header-navigation' },
  /** Renders a `<div>` instead of `<header>`, for a page that already has its own `<header>` round it. */
  noBanner: { kind: 'boolean' },
} as const satisfies PropSpec;

export type HeaderProps = Props<typeof headerProps>;

/** What the browser adds to the props: the menu button's state (the server renders `static`). */
export interface HeaderRenderState {
  menu?: MenuState;
}

function organisationTemplate(p: HeaderProps, locale: Locale): TemplateResult {
  const name = textIn(p.organisation, locale);
  const href = resolveText(p.organisationHref, locale);
  return href
    ? html`<a class="cyd-header__organisation cyd-header__link cyd-link" href=${href}>${name}</a>`
    : html`<span class="cyd-header__organisation">${name}</span>`;
}

function serviceTemplate(p: HeaderProps, locale: Locale): TemplateResult | typeof nothing {
  const name = textIn(p.serviceName, locale);
  if (!name) return nothing;
  const href = resolveText(p.serviceHref, locale);
  return html`<div class="cyd-header__service">${
    href
      ? html`<a class="cyd-header__service-name cyd-header__link cyd-link" href=${href}>${name}</a>`
      : html`<span class="cyd-header__service-name">${name}</span>`
  }</div>`;
}

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const headerDefinition = defineComponent({
  tag: 'cyd-header',
  props: headerProps,
  regionAttribute: HEADER_REGION_ATTRIBUTE,
  regionHint: 'Give each child data-region="logo", "language", "account" or "navigation".',
  template(p: HeaderProps & HeaderRenderState, locale, content) {
    const { regions } = asRegionContent(content);
    const region = (key: (typeof HEADER_REGIONS)[number], classes: string) =>
      regions.has(key) ? html`<div class="${classes}" data-cyd-content=${key}>${regions.get(key)}</div>` : nothing;
    const menu = p.menu ?? 'static';
    const words = headerMessages[locale].menu;
    const id = p.navigationId || 'cyd-header-navigation';
    const inner = html`<div class="cyd-header__container">
      <div class="cyd-header__brand">${region('logo', 'cyd-header__logo')}${organisationTemplate(p, locale)}</div>
      ${serviceTemplate(p, locale)}
      ${
        regions.has('language') || regions.has('account')
          ? html`<div class="cyd-header__tools">${region('language', 'cyd-header__language')}${region('account', 'cyd-header__account')}</div>`
          : nothing
      }
      ${
        regions.has('navigation')
          ? html`<nav class="cyd-header__navigation" aria-label=${resolveText(p.navigationLabel, locale) || words}>
            <button type="button" class="cyd-header__menu-button cyd-menu-button cyd-focus-ring" aria-controls=${id} aria-expanded=${menu === 'open' ? 'true' : 'false'} ?hidden=${menu === 'static'}>${textIn(p.menuButtonText, locale) || words}</button>
            <div class="cyd-header__menu" id=${id} data-cyd-content="navigation" ?hidden=${menu === 'closed'}>${regions.get('navigation')}</div>
          </nav>`
          : nothing
      }
    </div>`;
    return p.noBanner ? html`<div class="cyd-header" data-cyd-root>${inner}</div>` : html`<header class="cyd-header" data-cyd-root>${inner}</header>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!resolveText(p.organisation, 'en') && !resolveText(p.organisation, 'cy')) {
          problems.push(
            '<cyd-header> has no organisation, so nobody can tell whose service this is. Add organisation="…" and organisation-cy="…" (the council’s or health board’s name).',
          );
        }
        if (p.serviceHref && !p.serviceName) {
          problems.push('<cyd-header> has service-href but no service-name, so the link has no words. Add service-name="…" and service-name-cy="…".');
        }
        return problems;
      }
    : undefined,
});
