import { html, nothing, type TemplateResult } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { type Locale, type Text, LANGUAGE_NAMES, LOCALES, otherLocale } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import { languageToggleMessages } from './language-toggle.messages.js';

export const TOGGLE_MODES = ['other', 'both'] as const;

export const languageToggleProps = {
  /**
   * The address of this page in each language: `href-en="/en/parking"
   * href-cy="/cy/parcio"`. With them the toggle is a plain link to the
   * equivalent page (works with JavaScript off). Without them it switches
   * `lang` on the page in place.
   */
  href: { kind: 'text', url: true },
  /** In-place switching: the id of the element whose `lang` to switch (default: the whole page, <html>). */
  targetId: { kind: 'string', attribute: 'for' },
  /** `other` shows the other language; `both` lists every language, the current one marked. */
  mode: { kind: 'string', values: TOGGLE_MODES, default: 'other' as (typeof TOGGLE_MODES)[number] },
  /** With mode="both": which language comes first (councils often put Welsh first). */
  first: { kind: 'string', values: LOCALES, default: 'en' as Locale },
  /** In-place switching: do not apply the person's remembered choice when the page loads. */
  noRestore: { kind: 'boolean' },
} as const satisfies PropSpec;

export type LanguageToggleProps = Props<typeof languageToggleProps>;

/** The address of the page in `locale`, only if given for exactly that language. */
export function hrefFor(href: Text | undefined, locale: Locale): string | undefined {
  return typeof href === 'object' ? href[locale] || undefined : undefined;
}

/** Links when the page's addresses are given; otherwise in-place switching buttons. */
export function usesLinks(p: LanguageToggleProps): boolean {
  return LOCALES.some((locale) => hrefFor(p.href, locale));
}

/**
 * The one template, for the server and the browser. `scripted` is false on
 * the server: in-place switching needs JavaScript, so without it the toggle
 * is rendered hidden rather than as a button that does nothing.
 */
export function languageToggleTemplate(p: LanguageToggleProps, locale: Locale, scripted: boolean): TemplateResult {
  const linked = usesLinks(p);
  const choice = (target: Locale) => {
    // The whole choice is in the language it offers: its name ("Cymraeg")
    // and the hidden explanation, so screen readers pronounce both right.
    // The name comes first so voice users can say what they see.
    const words = html`<span class="cyd-language-toggle__name">${LANGUAGE_NAMES[target]}</span><span class="cyd-visually-hidden"> (${languageToggleMessages[target].changeLanguage})</span>`;
    return linked
      ? html`<a class="cyd-language-toggle__link" href=${hrefFor(p.href, target) ?? nothing} lang=${target} hreflang=${target}>${words}</a>`
      : html`<button class="cyd-language-toggle__button" type="button" lang=${target} data-cyd-locale=${target}>${words}</button>`;
  };
  const hidden = !linked && !scripted;
  if (p.mode !== 'both') {
    return html`<div class="cyd-language-toggle" data-cyd-root ?hidden=${hidden}>${choice(otherLocale(locale))}</div>`;
  }
  const ordered = [p.first ?? 'en', ...LOCALES.filter((l) => l !== p.first)] as Locale[];
  return html`<nav class="cyd-language-toggle cyd-language-toggle--both" aria-label=${languageToggleMessages[locale].navigationLabel} data-cyd-root ?hidden=${hidden}>
    <ul class="cyd-language-toggle__list">
      ${ordered.map(
        (l) =>
          html`<li class="cyd-language-toggle__item">${
            l === locale
              ? html`<span class="cyd-language-toggle__current" aria-current="true" lang=${l}><span class="cyd-language-toggle__name">${LANGUAGE_NAMES[l]}</span></span>`
              : choice(l)
          }</li>`,
      )}
    </ul>
  </nav>`;
}

export const languageToggleDefinition = defineComponent({
  tag: 'cyd-language-toggle',
  props: languageToggleProps,
  template: (p, locale) => languageToggleTemplate(p, locale, false),
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        if (typeof p.href === 'string') {
          return [
            `<cyd-language-toggle>: href="${p.href}" does not say which language it is for. Give the page's address in each language: href-en="…" href-cy="…".`,
          ];
        }
        if (usesLinks(p)) {
          const missing = LOCALES.filter((locale) => !hrefFor(p.href, locale));
          if (missing.length > 0) {
            return [
              `<cyd-language-toggle>: no address for ${missing.join(', ')}, so the toggle cannot link there. Add ${missing.map((l) => `href-${l}="…"`).join(' ')} (the equivalent page, not a home page).`,
            ];
          }
        }
        return [];
      }
    : undefined,
});
