import { nothing } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { contentContainer, hasMeaningfulContent, isRenderedRoot } from '../internal/upgrade.js';
import {
  AUTHOR_BODY,
  type CookieBannerProps,
  type ConsentState,
  bannerState,
  cookieBannerDefinition,
  cookieBannerProps,
  cookieBannerTemplate,
} from './cookie-banner.template.js';
import { type CookieConsent, bannerConsent, consentCookie, readCookieConsent } from './cookie-consent.js';

/** What can take focus, for finding where focus goes after the banner hides. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * GOV.UK's cookie banner, in Welsh and English: asks whether the person
 * accepts analytics cookies, stores the answer in a cookie the server can
 * read (`cydran-cookie-consent`, docs/cookies.md), confirms it, and is not
 * shown again once they have chosen. With JavaScript off it posts the
 * choice to `action`, or without `action` links to the cookies page.
 *
 * @fires cyd-cookie-consent - `{ analytics: boolean }`, when the person accepts or rejects; load or remove analytics then.
 * @tag cyd-cookie-banner
 */
export class CydCookieBanner extends CydElement<typeof cookieBannerProps> {
  static override definition = cookieBannerDefinition;
  static override properties = litProperties(cookieBannerProps);

  /** The choice in this browser's cookie, or made on this page. */
  #chosen: ConsentState | undefined;
  /** Showing the confirmation of a choice made on this page. */
  #confirming = false;
  /** The person hid the confirmation. */
  #dismissed = false;
  /** The author gave the banner its own body (so the default paragraphs stay out). */
  #authorBody = false;

  /** What the person chose (this browser's cookie, or the `consent` the server rendered), if anything. */
  get choice(): CookieConsent | undefined {
    const state = this.#chosen ?? this.props.consent;
    return state ? { analytics: state === 'accepted' } : undefined;
  }

  /** Stores the person's choice, shows the confirmation and fires `cyd-cookie-consent`. */
  async choose(choice: CookieConsent): Promise<void> {
    document.cookie = consentCookie(choice, { secure: location.protocol === 'https:' });
    this.#chosen = bannerConsent(choice);
    this.#confirming = true;
    this.#dismissed = false;
    this.dispatchEvent(new CustomEvent<CookieConsent>('cyd-cookie-consent', { detail: { ...choice }, bubbles: true, composed: true }));
    this.requestUpdate();
    await this.updateComplete;
    // The buttons just pressed are gone: the confirmation takes focus (and,
    // as an alert, is read out).
    this.querySelector<HTMLElement>('.cyd-cookie-banner__confirmation')?.focus();
  }

  /** Accepts analytics cookies as if the person pressed the button: saves the choice, fires `cyd-cookie-consent` and shows the confirmation. */
  accept(): Promise<void> {
    return this.choose({ analytics: true });
  }

  /** Rejects analytics cookies as if the person pressed the button: saves the choice, fires `cyd-cookie-consent` and shows the confirmation. */
  reject(): Promise<void> {
    return this.choose({ analytics: false });
  }

  /**
   * Hides the confirmation. Focus moves on to what follows the banner (on a
   * GOV.UK-style page, the skip link), as if the person had pressed Tab.
   */
  async hide(): Promise<void> {
    this.#dismissed = true;
    this.#confirming = false;
    this.requestUpdate();
    await this.updateComplete;
    const next = this.#nextFocusable();
    if (next) next.focus();
    else if (this.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
  }

  #nextFocusable(): HTMLElement | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    for (const candidate of root.querySelectorAll<HTMLElement>(FOCUSABLE)) {
      if (this.contains(candidate) || !(this.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if (candidate.checkVisibility({ visibilityProperty: true })) return candidate;
    }
    return undefined;
  }

  /** The props the template renders: the author's, with what the person did on this page. */
  get #shown(): CookieBannerProps {
    const p = this.props;
    const consent = this.#chosen ?? p.consent;
    const confirmation = !this.#dismissed && (this.#confirming || (p.confirmation && consent === p.consent));
    return { ...p, consent, confirmation };
  }

  readonly #onClick = (event: MouseEvent): void => {
    const target = (event.target as Element | null)?.closest?.('[data-cyd-consent], [data-cyd-hide]');
    if (!target || !this.contains(target)) return;
    // A form's submit button or the no-JavaScript Hide link: handled here instead.
    event.preventDefault();
    const consent = target.getAttribute('data-cyd-consent');
    if (consent) void this.choose({ analytics: consent === 'accept' });
    else void this.hide();
  };

  protected override createRenderRoot(): HTMLElement {
    // Whether the author wrote the banner's body: in a server render it is in
    // the content container, otherwise it is the element's children.
    const serverRoot = [...this.children].find(isRenderedRoot);
    const container = serverRoot ? contentContainer(this) : null;
    this.#authorBody = hasMeaningfulContent(serverRoot ? [...(container?.childNodes ?? [])] : [...this.childNodes]);
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    // Chosen on an earlier page: this browser's cookie says so.
    this.#chosen ??= bannerConsent(readCookieConsent(document.cookie));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
  }

  protected override render(): unknown {
    return this.renderTemplate(this.props, () => cookieBannerTemplate(this.#shown, this.locale, this.#authorBody ? AUTHOR_BODY : nothing, true));
  }

  // The server's markup is the browser's only where JavaScript changes
  // nothing: a hidden banner, or one whose buttons post a form.
  protected override adoptsServerMarkup(): boolean {
    const server = bannerState(this.props);
    const shown = bannerState(this.#shown);
    return server === shown && (shown === 'hidden' || (shown === 'ask' && Boolean(this.props.action) && !this.props.scriptOnly));
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydCookieBanner extends CookieBannerProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-cookie-banner': CydCookieBanner;
  }
  interface HTMLElementEventMap {
    'cyd-cookie-consent': CustomEvent<CookieConsent>;
  }
}
