import { html } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { type Locale, type Text, LOCALES, resolveText } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import { errorSummaryMessages } from './error-summary.messages.js';

/**
 * One error in the list: what it says and, for an error about one field,
 * where it links (`#` + the field's id). `text` is a string or
 * `{"en": "…", "cy": "…"}`; `text-cy` / `text-en` keys work too, mirroring
 * the bilingual attributes. An error with no `href` (a failed sign-in, a
 * service problem) is shown as plain text: every error the server sends is
 * shown.
 */
export interface ErrorSummaryItem {
  href?: string;
  text?: Text;
  'text-cy'?: string;
  'text-en'?: string;
}

export const errorSummaryProps = {
  /** The errors to list, for a page rendered with errors (works with JavaScript off). */
  errors: { kind: 'json', example: '[{"text":"…","href":"#field-id"}]', default: undefined as ErrorSummaryItem[] | undefined },
  /** Replaces "There is a problem" / "Mae problem wedi codi". */
  heading: { kind: 'text' },
  /** The id of the form to summarise, when the summary is not inside it. */
  formId: { kind: 'string', attribute: 'for' },
  /** The heading's id (the summary is labelled by it); change it if a page has two summaries. */
  headingId: { kind: 'string', default: 'cyd-error-summary-title' },
  /** Do not move focus to the summary when it appears. */
  noAutofocus: { kind: 'boolean' },
  /** Prefix the page title with "Error: " / "Gwall: " while errors show. */
  updateTitle: { kind: 'boolean' },
} as const satisfies PropSpec;

export type ErrorSummaryProps = Props<typeof errorSummaryProps>;

/** An item's text as one bilingual Text. */
export function itemText(item: ErrorSummaryItem): Text {
  const perLocale: Partial<Record<Locale, string>> = typeof item.text === 'object' ? { ...item.text } : {};
  for (const locale of LOCALES) {
    perLocale[locale] = item[`text-${locale}`] ?? perLocale[locale] ?? (typeof item.text === 'string' ? item.text : undefined);
  }
  return perLocale;
}

function isItem(entry: unknown): entry is ErrorSummaryItem {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry);
}

function validItems(errors: unknown): ErrorSummaryItem[] {
  return Array.isArray(errors) ? errors.filter(isItem) : [];
}

export const errorSummaryDefinition = defineComponent({
  tag: 'cyd-error-summary',
  props: errorSummaryProps,
  template(p, locale) {
    const items = validItems(p.errors)
      .map((item) => ({ href: typeof item.href === 'string' && item.href !== '' ? item.href : undefined, text: resolveText(itemText(item), locale) }))
      .filter((item) => item.text !== '');
    if (items.length === 0) {
      // Kept in the page (hidden) so a form's summary can appear in place.
      return html`<div class="cyd-error-summary" data-cyd-root hidden></div>`;
    }
    const headingId = p.headingId || 'cyd-error-summary-title';
    // Not role="alert": the summary takes focus when it appears, and focus
    // already makes screen readers announce it; an alert as well would be read
    // twice. tabindex=-1 lets script focus it without adding a tab stop.
    return html`<div class="cyd-error-summary" data-cyd-root role="region" aria-labelledby=${headingId} tabindex="-1">
      <h2 class="cyd-error-summary__title" id=${headingId}>${resolveText(p.heading, locale) || errorSummaryMessages[locale].heading}</h2>
      <div class="cyd-error-summary__body">
        <ul class="cyd-error-summary__list">
          ${items.map((item) =>
            item.href === undefined
              ? html`<li class="cyd-error-summary__item">${item.text}</li>`
              : html`<li class="cyd-error-summary__item"><a class="cyd-error-summary__link" href=${item.href}>${item.text}</a></li>`,
          )}
        </ul>
      </div>
    </div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (p.errors !== undefined && !Array.isArray(p.errors)) {
          problems.push(
            `<cyd-error-summary>: errors must be a JSON list, e.g. errors='[{"href":"#email","text":{"en":"Enter your email address","cy":"Rhowch eich cyfeiriad e-bost"}}]'.`,
          );
        } else if (Array.isArray(p.errors)) {
          p.errors.forEach((item, index) => {
            if (!isItem(item)) {
              problems.push(
                `<cyd-error-summary>: errors[${index}] is not an error. Give {"href":"#email","text":{"en":"…","cy":"…"}}, or {"text":…} alone for an error about no one field.`,
              );
            } else if (item.href !== undefined && (typeof item.href !== 'string' || item.href === '')) {
              problems.push(
                `<cyd-error-summary>: errors[${index}] has href ${JSON.stringify(item.href)}. Give "#" and the id of the field with the problem ("href":"#email"), or leave href out for an error about no one field.`,
              );
            } else if (LOCALES.some((locale) => resolveText(itemText(item), locale) === '')) {
              problems.push(`<cyd-error-summary>: errors[${index}]${item.href ? ` (${item.href})` : ''} has no text. Give "text": {"en": "…", "cy": "…"}.`);
            }
          });
        }
        return problems;
      }
    : undefined,
});
