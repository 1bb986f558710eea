import { html, nothing, type TemplateResult } from 'lit';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { textFromContent } from '../internal/content-text.js';
import { type ContentElement, asRegionContent, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { type SummaryAction, actionLink } from './action-link.js';
import { summaryListMessages } from './summary-list.messages.js';

export type { SummaryAction };

export interface SummaryRow {
  /** The question or label ("Name" / "Enw"). */
  key: Text;
  /** The answer as text. A row read from content shows the author's own markup instead (or as well). */
  value?: Text;
  actions?: SummaryAction[];
  /** A missing answer: a link to where it is given ("Enter name" / "Rhowch enw"). Shown while the row has no value. */
  missing?: { href: string; text?: Text };
  /** The row's `data-row` name: where the author's markup for its value goes. */
  id?: string;
  /** Whether the author's element for the row holds markup (its value). */
  hasContent?: boolean;
}

export const summaryListProps = {
  /** The rows, as JSON; without it, the elements inside with `data-row` are read (see README). */
  rows: { kind: 'json', default: undefined as SummaryRow[] | undefined },
  /** No lines between rows (a list of one kind of answer, or inside another box). */
  borderless: { kind: 'boolean' },
  /**
   * The title of the summary card the list is in: added in brackets to each
   * action's hidden words ("Change name (Sarah Philips)"), as GOV.UK does.
   */
  cardTitle: { kind: 'text' },
} as const satisfies PropSpec;

export type SummaryListProps = Props<typeof summaryListProps>;

function valueTemplate(row: SummaryRow, locale: Locale): unknown {
  const value = resolveText(row.value, locale);
  if (value) return textIn(row.value, locale);
  if (!row.missing || row.hasContent) return nothing;
  const words = resolveText(row.missing.text, locale)
    ? textIn(row.missing.text, locale)
    : html`${summaryListMessages[locale].enterAnswer}<span class="cyd-visually-hidden"> (${textIn(row.key, locale)})</span>`;
  return html`<a class="cyd-link" href=${row.missing.href}>${words}</a>`;
}

function actionsTemplate(row: SummaryRow, p: SummaryListProps, locale: Locale): TemplateResult | typeof nothing {
  const actions = Array.isArray(row.actions) ? row.actions : [];
  if (actions.length === 0) return nothing;
  const change = summaryListMessages[locale].change;
  return html`<dd class="cyd-summary-list__actions">${
    actions.length === 1
      ? actionLink(actions[0]!, change, p.cardTitle, locale)
      : html`<ul class="cyd-summary-list__actions-list">${actions.map(
          (action) => html`<li class="cyd-summary-list__actions-list-item">${actionLink(action, change, p.cardTitle, locale)}</li>`,
        )}</ul>`
  }</dd>`;
}

function rowTemplate(row: SummaryRow, p: SummaryListProps, locale: Locale, anyActions: boolean, regions: ReadonlyMap<string, unknown>): TemplateResult {
  const hasActions = Array.isArray(row.actions) && row.actions.length > 0;
  // The author's element for the row (its value's markup) goes in the value
  // cell, in a container of its own: what the template writes there (a text
  // value, a missing answer's link) is not the author's, and a re-render of
  // a server's markup must not carry it as content.
  const content = row.id ? html`<div class="cyd-summary-list__value-content" data-cyd-content=${row.id}>${regions.get(row.id) ?? nothing}</div>` : nothing;
  return html`<div class="cyd-summary-list__row${anyActions && !hasActions ? ' cyd-summary-list__row--no-actions' : ''}">
    <dt class="cyd-summary-list__key">${textIn(row.key, locale)}</dt>
    <dd class="cyd-summary-list__value">${valueTemplate(row, locale)}${content}</dd>
    ${actionsTemplate(row, p, locale)}
  </div>`;
}

/** Author text in `name`, `name-cy`, `name-en` attributes: the plain `name` fills the languages not given. */
function attributeText(element: ContentElement, name: string, fallback?: string): Text | undefined {
  const given = element.attributes[name];
  return textFromContent(element, name, given !== undefined && !given.trimStart().startsWith('{') ? given : fallback);
}

function jsonAttribute<T>(element: ContentElement, name: string): T | undefined {
  const given = element.attributes[name];
  if (given === undefined) return undefined;
  try {
    return JSON.parse(given) as T;
  } catch {
    return undefined;
  }
}

/** Reads the author's `data-row` elements (also found inside a server render's value cells) into rows. */
export function rowsFromContent(content: ContentElement[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const visit = (element: ContentElement): void => {
    if (!('data-row' in element.attributes)) {
      element.children.forEach(visit);
      return;
    }
    const row: SummaryRow = { key: attributeText(element, 'data-key') ?? '', id: element.attributes['data-row'] ?? '' };
    const value = attributeText(element, 'data-value');
    if (value) row.value = value;
    row.hasContent = element.text !== '' || element.children.length > 0;
    const actions = jsonAttribute<SummaryAction[]>(element, 'data-actions') ?? [];
    const changeHref = element.attributes['data-change-href'];
    if (changeHref) {
      const action: SummaryAction = { href: changeHref };
      const text = attributeText(element, 'data-change-text');
      if (text) action.text = text;
      const hidden = attributeText(element, 'data-hidden');
      if (hidden) action.visuallyHiddenText = hidden;
      actions.unshift(action);
    }
    if (actions.length > 0) row.actions = actions;
    const missingHref = element.attributes['data-missing-href'];
    if (missingHref) {
      const text = attributeText(element, 'data-missing-text');
      row.missing = text ? { href: missingHref, text } : { href: missingHref };
    }
    rows.push(row);
  };
  content.forEach(visit);
  return rows;
}

/** The rows given, leaving out anything that is not an object (hand-written JSON). */
function rowsOf(given: unknown): SummaryRow[] {
  return Array.isArray(given) ? given.filter((entry): entry is SummaryRow => typeof entry === 'object' && entry !== null) : [];
}

export const summaryListDefinition = defineComponent({
  tag: 'cyd-summary-list',
  props: summaryListProps,
  // A row's element goes into its value cell: `data-row="name"` names the row.
  regionAttribute: 'data-row',
  regionHint: 'Give each row its own element with data-row="name" data-key="…" data-key-cy="…", holding its value.',
  template(p, locale, content) {
    const rows = rowsOf(p.rows);
    const anyActions = rows.some((row) => Array.isArray(row.actions) && row.actions.length > 0);
    const { regions } = asRegionContent(content);
    return html`<dl class="cyd-summary-list${p.borderless ? ' cyd-summary-list--no-border' : ''}" data-cyd-root>${rows.map((row) =>
      rowTemplate(row, p, locale, anyActions, regions),
    )}</dl>`;
  },
  propsFromContent(content) {
    const rows = rowsFromContent(content);
    return rows.length > 0 ? { rows } : {};
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const rows = rowsOf(p.rows);
        if (rows.length === 0) {
          return [
            '<cyd-summary-list> has no rows. Put <div data-row="name" data-key="Name" data-key-cy="Enw" data-change-href="…">…</div> elements inside it, or set rows=\'[{"key": {"en": "Name", "cy": "Enw"}, "value": "…"}]\'.',
          ];
        }
        const problems: string[] = [];
        const seen = new Set<string>();
        rows.forEach((row, index) => {
          const n = index + 1;
          if (!resolveText(row.key, 'en')) problems.push(`<cyd-summary-list>: row ${n} has no key. Give it data-key="…" and data-key-cy="…" (or "key").`);
          if (row.id === '')
            problems.push(`<cyd-summary-list>: row ${n} has data-row with no value, so its answer has no place. Name the row: data-row="name".`);
          else if (row.id !== undefined && seen.has(row.id))
            problems.push(`<cyd-summary-list>: two rows are data-row="${row.id}". Give each row its own name.`);
          if (row.id) seen.add(row.id);
          for (const action of Array.isArray(row.actions) ? row.actions : []) {
            if (!action.href) problems.push(`<cyd-summary-list>: an action of row ${n} has no href. Give it data-change-href="…" (or "href").`);
            else if (!action.visuallyHiddenText) {
              problems.push(
                `<cyd-summary-list>: the action of row ${n} has no hidden context, so screen readers hear many links all called "Change". Add data-hidden="…" and data-hidden-cy="…" (or "visuallyHiddenText").`,
              );
            }
          }
          if (row.missing && !row.missing.text) {
            problems.push(
              `<cyd-summary-list>: row ${n}'s missing answer has no link words, so it says "Enter an answer". Add data-missing-text="Enter name" and data-missing-text-cy="Rhowch enw".`,
            );
          }
        });
        return problems;
      }
    : undefined,
});
