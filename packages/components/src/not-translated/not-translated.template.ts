import { html, nothing } from 'lit';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import { notTranslatedMessages } from './not-translated.messages.js';

export const NOT_TRANSLATED_SCOPES = ['page', 'section'] as const;

export const notTranslatedProps = {
  /** The language the content is in (`en`, `cy`). Required. */
  availableIn: { kind: 'string', values: LOCALES },
  /** The page (or the section, `…#id`) in that language: the notice links to it. */
  href: { kind: 'url' },
  /** `page`: "This page is only available in …"; `section`: "This content is only available in …". */
  scope: { kind: 'string', values: NOT_TRANSLATED_SCOPES, default: 'page' as (typeof NOT_TRANSLATED_SCOPES)[number] },
} as const satisfies PropSpec;

export type NotTranslatedProps = Props<typeof notTranslatedProps>;

/**
 * A notice, in the page's language, that content has no version in it, with
 * a link to the language it has; then the author's content, marked with that
 * language's `lang`. When the page is in the content's language there is no
 * notice, only the content.
 */
export const notTranslatedDefinition = defineComponent({
  tag: 'cyd-not-translated',
  props: notTranslatedProps,
  // Cydran elements in the content speak the content's language on the server too.
  contentLocale: (p) => p.availableIn ?? 'en',
  template(p, locale, content) {
    const available: Locale = p.availableIn ?? 'en';
    const words = notTranslatedMessages[locale];
    const sentence = p.scope === 'section' ? words.sectionOnlyIn(available) : words.pageOnlyIn(available);
    const notice =
      available === locale
        ? nothing
        : html`<p class="cyd-not-translated__notice">${sentence}${
            p.href ? html` <a class="cyd-link" href=${p.href} hreflang=${available} lang=${available}>${LANGUAGE_NAMES[available]}</a>` : nothing
          }</p>`;
    return html`<div class="cyd-not-translated" data-cyd-root>${notice}<div class="cyd-not-translated__content" lang=${available} data-cyd-content>${content ?? nothing}</div></div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.availableIn) {
          problems.push(
            `<cyd-not-translated> has no available-in, so it cannot say which language the content is in (it assumes English). Add available-in="${LOCALES.join('" or available-in="')}".`,
          );
        }
        if (p.scope !== 'section' && !p.href) {
          problems.push(
            '<cyd-not-translated> has no href, so the notice cannot link to the page in the language it is available in. Add href="…" (the same page in that language), or scope="section" for part of a page.',
          );
        }
        return problems;
      }
    : undefined,
});
