import { html, nothing, type TemplateResult } from 'lit';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { type TextPart, textIn } from '../internal/field.js';

// The action links of summary lists and summary cards: one module both
// import, so a card does not pull in the list's template.

/** A link in a row's (or a card's) actions: "Change<span class="cyd-visually-hidden"> name</span>". */
export interface SummaryAction {
  href: string;
  /** The visible words; "Change" / "Newid" when not given. */
  text?: Text;
  /** Said after the words by screen readers only, so each link makes sense alone ("name" / "enw"). */
  visuallyHiddenText?: Text;
}

/** Screen-reader-only words after an action's visible ones: the row's context, then the card's title in brackets. */
export function hiddenContext(hidden: Text | undefined, cardTitle: Text | undefined, locale: Locale): TemplateResult | typeof nothing {
  const own = resolveText(hidden, locale);
  const card = resolveText(cardTitle, locale);
  if (!own && !card) return nothing;
  return html`<span class="cyd-visually-hidden">${own ? html` ${textIn(hidden, locale)}` : nothing}${card ? html` (${textIn(cardTitle, locale)})` : nothing}</span>`;
}

/** One action link. `fallback` gives the visible words when the author gave none. */
export function actionLink(action: SummaryAction, fallback: string, cardTitle: Text | undefined, locale: Locale): TemplateResult {
  const words: TextPart = resolveText(action.text, locale) ? textIn(action.text, locale) : fallback;
  return html`<a class="cyd-link" href=${action.href}>${words}${hiddenContext(action.visuallyHiddenText, cardTitle, locale)}</a>`;
}
