import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Locale, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { cookieBannerMessages } from './cookie-banner.messages.js';
import { CONSENT_FIELD } from './cookie-consent.js';

export const CONSENT_STATES = ['accepted', 'rejected'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const cookieBannerProps = {
  /** The service's name, in the heading: "Cookies on Parking permits" / "Cwcis ar y gwasanaeth Trwyddedau parcio". */
  serviceName: { kind: 'text' },
  /** The cookies page ("View cookies", and "change your cookie settings" in the confirmation); `cookies-href-cy` for the Welsh page's address. */
  cookiesHref: { kind: 'text', url: true, default: '/cookies', plainInPageLanguage: true },
  /**
   * Where the banner's form posts `cookies=accept` or `cookies=reject` when
   * JavaScript is off (GOV.UK's server-side banner). Without it the banner
   * shows its buttons only with JavaScript; with JavaScript off it links to
   * the cookies page.
   */
  action: { kind: 'url' },
  /**
   * What the person chose, as the server read it from the request's cookie
   * (`bannerConsent(readCookieConsent(request))`): a page rendered with it
   * shows no banner.
   */
  consent: { kind: 'string', values: CONSENT_STATES },
  /** With `consent`: show the confirmation instead of nothing (the page a no-JavaScript post returns to). */
  confirmation: { kind: 'boolean' },
  /**
   * Show the banner only when JavaScript runs: the server renders it hidden
   * and the browser shows it (GOV.UK's advice when analytics are set only by
   * the page's script). Without it, a banner with no `action` shows its link
   * to the cookies page with JavaScript off.
   */
  scriptOnly: { kind: 'boolean' },
  /** Replaces the heading ("Cookies on …"). */
  heading: { kind: 'text' },
  /** Replaces "Accept analytics cookies". */
  acceptText: { kind: 'text' },
  /** Replaces "Reject analytics cookies". */
  rejectText: { kind: 'text' },
  /** Replaces "View cookies". */
  cookiesLinkText: { kind: 'text' },
  /** Names the banner's region for screen readers; default: the heading's words. */
  regionLabel: { kind: 'text' },
} as const satisfies PropSpec;

export type CookieBannerProps = Props<typeof cookieBannerProps>;

/** Which of its messages the banner shows. */
export type BannerState = 'ask' | 'confirm' | 'hidden';

export function bannerState(p: Pick<CookieBannerProps, 'consent' | 'confirmation'>): BannerState {
  if (!p.consent) return 'ask';
  return p.confirmation ? 'confirm' : 'hidden';
}

/**
 * The content argument a browser element passes when the author gave the
 * banner its own body: the author's nodes are moved into the content
 * container, and the default paragraphs stay out.
 */
export const AUTHOR_BODY: unique symbol = Symbol('cyd-cookie-banner author body');

function headingOf(p: CookieBannerProps, locale: Locale): TemplateResult | string {
  const words = cookieBannerMessages[locale];
  if (p.heading) return textIn(p.heading, locale);
  if (!p.serviceName) return words.headingThisService;
  return html`${words.headingOn} ${textIn(p.serviceName, locale)}`;
}

function labelOf(p: CookieBannerProps, locale: Locale): string {
  const words = cookieBannerMessages[locale];
  const label = resolveText(p.regionLabel, locale) || resolveText(p.heading, locale);
  if (label) return label;
  const service = resolveText(p.serviceName, locale);
  return service ? `${words.headingOn} ${service}` : words.headingThisService;
}

/**
 * The one template, for the server and the browser. `scripted` is false on
 * the server: without JavaScript, buttons that set a cookie in the browser
 * cannot work, so a banner with no `action` shows only its link to the
 * cookies page, and the confirmation's Hide is a link that reloads the page.
 */
export function cookieBannerTemplate(p: CookieBannerProps, locale: Locale, content: unknown, scripted: boolean): TemplateResult {
  const words = cookieBannerMessages[locale];
  const state = bannerState(p);
  const cookiesHref = resolveText(p.cookiesHref, locale) || '/cookies';
  const authorBody = content !== undefined && content !== nothing && content !== '';
  const body = authorBody ? nothing : html`<p class="cyd-body">${words.essential}</p><p class="cyd-body">${words.analytics}</p>`;
  const link = html`<a class="cyd-link cyd-cookie-banner__link" href=${cookiesHref}>${textIn(p.cookiesLinkText, locale) || words.viewCookies}</a>`;
  const button = (value: 'accept' | 'reject', text: unknown) =>
    html`<button class="cyd-button cyd-cookie-banner__button" type=${p.action ? 'submit' : 'button'} name=${ifDefined(p.action ? CONSENT_FIELD : undefined)} value=${value} data-cyd-consent=${value}>${text}</button>`;
  const buttons = html`${button('accept', textIn(p.acceptText, locale) || words.accept)}${button('reject', textIn(p.rejectText, locale) || words.reject)}`;
  const actions = p.action
    ? html`<form class="cyd-cookie-banner__actions" method="post" action=${p.action}>${buttons}${link}</form>`
    : html`<div class="cyd-cookie-banner__actions">${scripted ? buttons : nothing}${link}</div>`;
  const ask = html`<div class="cyd-cookie-banner__message" ?hidden=${state !== 'ask'}>
    <h2 class="cyd-cookie-banner__heading">${headingOf(p, locale)}</h2>
    <div class="cyd-cookie-banner__content">${body}<div class="cyd-cookie-banner__body" data-cyd-content>${content === AUTHOR_BODY ? nothing : (content ?? nothing)}</div></div>
    ${actions}
  </div>`;
  const hide = scripted
    ? html`<button class="cyd-button cyd-cookie-banner__button" type="button" data-cyd-hide>${words.hide}</button>`
    : // Without JavaScript, Hide loads this page again: the server shows the confirmation only once.
      html`<a class="cyd-button cyd-cookie-banner__button" href="" draggable="false" data-cyd-hide>${words.hide}</a>`;
  const confirmation =
    state === 'confirm'
      ? html`<div class="cyd-cookie-banner__message cyd-cookie-banner__confirmation" role="alert" tabindex="-1">
          <p class="cyd-body">${p.consent === 'accepted' ? words.accepted : words.rejected} ${words.changeBefore} <a class="cyd-link" href=${cookiesHref}>${words.changeLink}</a>${words.changeAfter ? ` ${words.changeAfter}` : nothing}</p>
          <div class="cyd-cookie-banner__actions">${hide}</div>
        </div>`
      : nothing;
  const hidden = state === 'hidden' || (state === 'ask' && p.scriptOnly && !scripted);
  return html`<div class="cyd-cookie-banner" role="region" aria-label=${labelOf(p, locale)} data-nosnippet ?hidden=${hidden} data-cyd-root>${ask}${confirmation}</div>`;
}

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const cookieBannerDefinition = defineComponent({
  tag: 'cyd-cookie-banner',
  props: cookieBannerProps,
  template: (p, locale, content) => cookieBannerTemplate(p, locale, content, false),
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.serviceName && !p.heading) {
          problems.push(
            '<cyd-cookie-banner> has no service-name, so its heading says "Cookies on this service". Add service-name="…" and service-name-cy="…" (the name of your service).',
          );
        }
        if (p.confirmation && !p.consent) {
          problems.push(
            '<cyd-cookie-banner confirmation> has no consent, so there is no choice to confirm. Add consent="accepted" or consent="rejected" (bannerConsent(readCookieConsent(request))).',
          );
        }
        if (p.action !== undefined && p.action.trim() === '') {
          problems.push(
            '<cyd-cookie-banner>: action="" posts to no address. Give the address that stores the choice (action="/cookies"), or leave action out for a banner that needs JavaScript.',
          );
        }
        if (p.scriptOnly && p.action) {
          problems.push(
            "<cyd-cookie-banner> has both script-only and action: a banner hidden without JavaScript never posts its form. Keep action (the server stores the choice) or script-only (the page's script does), not both.",
          );
        }
        return problems;
      }
    : undefined,
});
