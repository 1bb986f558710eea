import type { PropertyValues } from 'lit';
import { type Locale, isLocale, rememberLocale, rememberedLocaleFor, resolveLocale } from '@cydran/i18n';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type LanguageToggleProps, languageToggleDefinition, languageToggleProps, languageToggleTemplate, usesLinks } from './language-toggle.template.js';

/** `cyd-language-change`'s detail. */
export interface LanguageChangeDetail {
  locale: Locale;
  previous: Locale;
}

/**
 * The switch between Welsh and English, each named in itself.
 *
 * With the page's address in each language (`href-en`, `href-cy`) it is a
 * link to the equivalent page. Without them it switches `lang` on the page
 * (or the `for` element) in place: every Cydran component follows, and
 * nothing typed is lost. Either way the choice is remembered (localStorage
 * and a cookie the browser sends with the next request and form post).
 *
 * A remembered choice never contradicts the page: an in-place toggle
 * applies it when the page loads only if nothing says which language the
 * page is in — no `lang` on the target or its ancestors, no language in the
 * address (`?lang=cy`, `/cy/…`), no `<link rel="alternate" hreflang>` — and
 * not with `no-restore`. A linked toggle never applies it: its page's
 * address decides.
 *
 * @fires cyd-language-change - `{ locale, previous }`, after switching.
 * @tag cyd-language-toggle
 */
export class CydLanguageToggle extends CydElement<typeof languageToggleProps> {
  static override definition = languageToggleDefinition;
  static override properties = litProperties(languageToggleProps);

  /** The element whose `lang` an in-place toggle switches. */
  get targetElement(): HTMLElement | null {
    const id = this.props.targetId;
    if (!id) return document.documentElement;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(id) ?? document.getElementById(id);
  }

  /** The language being shown now, which the toggle offers to change from. */
  get currentLocale(): Locale {
    const target = this.targetElement;
    return !usesLinks(this.props) && target ? resolveLocale(target) : this.locale;
  }

  /** Switches the target's language in place, remembers it and announces it. */
  switchTo(locale: Locale): void {
    const target = this.targetElement;
    const previous = this.currentLocale;
    if (!target || locale === previous) return;
    target.lang = locale;
    this.#chosen(locale, previous);
  }

  #chosen(locale: Locale, previous: Locale): void {
    rememberLocale(locale);
    // The target may be outside this element's ancestors, whose `lang` it
    // does not watch; re-render to offer the other language now.
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent<LanguageChangeDetail>('cyd-language-change', { detail: { locale, previous }, bubbles: true, composed: true }));
  }

  readonly #onClick = (event: MouseEvent): void => {
    const choice = (event.target as Element | null)?.closest?.('[data-cyd-locale], a[hreflang]');
    if (!choice || !this.contains(choice)) return;
    const locale = choice.getAttribute('data-cyd-locale') ?? choice.getAttribute('hreflang');
    if (!isLocale(locale)) return;
    if (choice.localName === 'a') {
      // The link goes to the equivalent page; remember the choice so the
      // server (cookie) and later pages use it too.
      this.#chosen(locale, this.currentLocale);
    } else {
      this.switchTo(locale);
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
  }

  protected override render(): unknown {
    return this.renderTemplate(this.props, () => languageToggleTemplate(this.props, this.currentLocale, true));
  }

  // Without links, the server renders the toggle hidden (switching in place needs JavaScript).
  protected override adoptsServerMarkup(): boolean {
    return usesLinks(this.props);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // A page with addresses per language is the server's to choose (it can
    // read the cookie). An in-place page applies the remembered choice only
    // where neither its HTML nor its address says which language it is in:
    // a `lang` the server rendered is the language the person asked for.
    if (usesLinks(this.props) || this.props.noRestore) return;
    const target = this.targetElement;
    const remembered = target ? rememberedLocaleFor(target) : null;
    if (remembered) this.switchTo(remembered);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydLanguageToggle extends LanguageToggleProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-language-toggle': CydLanguageToggle;
  }
  interface HTMLElementEventMap {
    'cyd-language-change': CustomEvent<LanguageChangeDetail>;
  }
}
