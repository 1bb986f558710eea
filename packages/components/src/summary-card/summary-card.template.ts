import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { type Locale, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { type SummaryAction, actionLink } from '../summary-list/action-link.js';
import { summaryCardMessages } from './summary-card.messages.js';

/** A card action: a link, its words "Change" / "Delete" (`kind`) or the author's (`text`). */
export interface SummaryCardAction extends SummaryAction {
  kind?: 'change' | 'delete';
}

export const summaryCardProps = {
  /** The card's heading: what the answers inside are about ("University of Gloucestershire", "Sarah Philips"). */
  cardTitle: { kind: 'text' },
  /** The heading's level, 1 to 6. */
  headingLevel: { kind: 'number', default: 2 },
  /** A "Change" / "Newid" link for the whole card. */
  changeHref: { kind: 'url' },
  /** A "Delete" / "Dileu" link for the whole card. */
  deleteHref: { kind: 'url' },
  /** Other card actions, as JSON: `[{"href": "…", "text": {"en": "Withdraw", "cy": "Tynnu’n ôl"}}]`; after the two above. */
  actions: { kind: 'json', default: undefined as SummaryCardAction[] | undefined },
} as const satisfies PropSpec;

export type SummaryCardProps = Props<typeof summaryCardProps>;

const levels = [1, 2, 3, 4, 5, 6];

/** The card's actions in order: change, delete, then the others. */
export function cardActions(p: SummaryCardProps): SummaryCardAction[] {
  const actions: SummaryCardAction[] = [];
  if (p.changeHref) actions.push({ href: p.changeHref, kind: 'change' });
  if (p.deleteHref) actions.push({ href: p.deleteHref, kind: 'delete' });
  return [...actions, ...(Array.isArray(p.actions) ? p.actions : [])];
}

function actionsTemplate(p: SummaryCardProps, locale: Locale): TemplateResult | typeof nothing {
  const actions = cardActions(p);
  if (actions.length === 0) return nothing;
  const words = summaryCardMessages[locale];
  const link = (action: SummaryCardAction) => actionLink(action, words[action.kind ?? 'change'], p.cardTitle, locale);
  return actions.length === 1
    ? html`<div class="cyd-summary-card__actions">${link(actions[0]!)}</div>`
    : html`<ul class="cyd-summary-card__actions">${actions.map((action) => html`<li class="cyd-summary-card__action">${link(action)}</li>`)}</ul>`;
}

export const summaryCardDefinition = defineComponent({
  tag: 'cyd-summary-card',
  props: summaryCardProps,
  template(p, locale, content) {
    const level = levels.includes(p.headingLevel ?? 2) ? (p.headingLevel ?? 2) : 2;
    const heading = unsafeStatic(`h${level}`);
    return html`<div class="cyd-summary-card" data-cyd-root>
      <div class="cyd-summary-card__title-wrapper">
        ${resolveText(p.cardTitle, locale) ? staticHtml`<${heading} class="cyd-summary-card__title">${textIn(p.cardTitle, locale)}</${heading}>` : nothing}
        ${actionsTemplate(p, locale)}
      </div>
      <div class="cyd-summary-card__content" data-cyd-content>${content ?? nothing}</div>
    </div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.cardTitle)
          problems.push('<cyd-summary-card> has no card-title, so nothing says whose or what answers these are. Add card-title="…" and card-title-cy="…".');
        if (p.headingLevel !== undefined && !levels.includes(p.headingLevel)) {
          problems.push(`<cyd-summary-card>: heading-level="${p.headingLevel}" is not a heading level. Use 1 to 6 (default 2).`);
        }
        cardActions(p).forEach((action, index) => {
          if (!action.href) problems.push(`<cyd-summary-card>: card action ${index + 1} has no href. Give each action in actions an "href".`);
        });
        return problems;
      }
    : undefined,
});
