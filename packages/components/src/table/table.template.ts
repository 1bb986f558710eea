import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Locale, type Text, compare, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { bilingualAttribute, textFromContent } from '../internal/content-text.js';
import { type ContentElement, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { tableMessages } from './table.messages.js';

/** One cell. A plain string is a cell of text in the page's language. */
export interface TableCellData {
  /** The cell's words, in one or both languages. */
  text: Text;
  /** `numeric`: right-aligned with tabular figures, sorted as numbers. */
  format?: 'numeric';
  colspan?: number;
  rowspan?: number;
  /** What the cell sorts by when its words are not (a date's ISO form, an amount without £). */
  sortValue?: string;
  /** A header cell of its row (`<th scope="row">`), whatever `first-cell-is-header` says. */
  header?: boolean;
}

/** A header cell: a cell, and whether its column can be sorted (`sortable` columns all can, unless this says no). */
export interface TableHeadData extends TableCellData {
  sortable?: boolean;
}

export type TableCell = TableCellData | string;
export type TableHead = TableHeadData | string;
export type SortDirection = 'ascending' | 'descending';

export const tableProps = {
  /** What the table is about, shown above it; every table should have one. */
  caption: { kind: 'text' },
  /** The caption's size, as a heading: s, m, l or xl. */
  captionSize: { kind: 'string', values: ['s', 'm', 'l', 'xl'] },
  /** The column headers, as JSON: `["Council", {"text": "Population", "format": "numeric"}]`. */
  head: { kind: 'json', default: undefined as TableHead[] | undefined },
  /** The rows, as JSON: an array of rows, each an array of cells. Without it, the `<table>` inside is read. */
  rows: { kind: 'json', default: undefined as TableCell[][] | undefined },
  /** The first cell of each row is the row's header (`<th scope="row">`). */
  firstCellIsHeader: { kind: 'boolean' },
  /** Header buttons sort the rows (with JavaScript). Welsh pages sort in Welsh alphabetical order. */
  sortable: { kind: 'boolean' },
  /** The column the rows are in order of (0 for the first), so a server can send them sorted. */
  sortColumn: { kind: 'number' },
  /** The order of `sort-column`. */
  sortDirection: { kind: 'string', values: ['ascending', 'descending'], default: 'ascending' },
} as const satisfies PropSpec;

export type TableProps = Props<typeof tableProps>;

function cellOf(cell: TableCell | undefined): TableHeadData {
  if (cell === undefined || cell === null) return { text: '' };
  return typeof cell === 'object' ? cell : { text: String(cell) };
}

/** The words a cell sorts by in `locale`. */
function sortKey(cell: TableCell | undefined, locale: Locale): string {
  const c = cellOf(cell);
  return c.sortValue ?? resolveText(c.text, locale);
}

/** A number from "1,234", "£12.50", "−3" or "45%"; NaN when there is none. */
function numberOf(value: string): number {
  const cleaned = value.replace(/[\s,£$€%]/g, '').replace('−', '-');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

function compareCells(a: string, b: string, numeric: boolean, locale: Locale): number {
  if (numeric) {
    const [x, y] = [numberOf(a), numberOf(b)];
    // Cells with no number go last, in either order.
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return x - y;
  }
  return compare(a, b, locale);
}

/**
 * The rows in the order the props ask for: by `sortColumn`, numerically for
 * numeric columns, otherwise in the alphabetical order of `locale` (Welsh
 * "ll" after "l", "ch" after "c": `compare` from @cydran/i18n). Stable.
 */
export function sortedRows(p: Pick<TableProps, 'head' | 'rows' | 'sortColumn' | 'sortDirection'>, locale: Locale): TableCell[][] {
  const rows = Array.isArray(p.rows) ? p.rows.filter(Array.isArray) : [];
  const column = p.sortColumn;
  if (column === undefined || Number.isNaN(column) || column < 0) return rows;
  const head = Array.isArray(p.head) ? p.head : [];
  const numeric = cellOf(head[column]).format === 'numeric' || rows.some((row) => cellOf(row[column]).format === 'numeric');
  const sign = p.sortDirection === 'descending' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compareCells(sortKey(a.row[column], locale), sortKey(b.row[column], locale), numeric, locale) || a.index - b.index)
    .map(({ row }) => row);
}

function spans(c: TableCellData) {
  return { colspan: c.colspan && c.colspan > 1 ? c.colspan : undefined, rowspan: c.rowspan && c.rowspan > 1 ? c.rowspan : undefined };
}

/** What only the browser's render of a sortable table has: header buttons and what the live region says. */
export interface TableInteraction {
  onSort(column: number): void;
  announce: string;
}

function headerCell(head: TableHead, index: number, p: TableProps, locale: Locale, interactive: TableInteraction | undefined): TemplateResult {
  const c = cellOf(head);
  const words = resolveText(c.text, locale);
  const numeric = c.format === 'numeric';
  const sortable = p.sortable && c.sortable !== false;
  const sorted = p.sortColumn === index;
  const ariaSort = sortable ? (sorted ? p.sortDirection : 'none') : undefined;
  const { colspan, rowspan } = spans(c);
  const label =
    sortable && interactive
      ? html`<button type="button" class="cyd-table__sort-button" data-column=${index} @click=${() => interactive.onSort(index)}>${words}<span class="cyd-table__sort-icon" aria-hidden="true"></span></button>`
      : words;
  return html`<th scope="col" class="cyd-table__header${numeric ? ' cyd-table__header--numeric' : ''}" aria-sort=${ifDefined(ariaSort)}
    colspan=${ifDefined(colspan)} rowspan=${ifDefined(rowspan)} data-format=${ifDefined(c.format)}
    data-sortable=${c.sortable === false ? 'false' : nothing} data-text=${ifDefined(bilingualAttribute(c.text))}>${label}</th>`;
}

function bodyCell(cell: TableCell, index: number, p: TableProps, head: TableHead[], locale: Locale): TemplateResult {
  const c = cellOf(cell);
  const words = resolveText(c.text, locale);
  const numeric = c.format === 'numeric' || (c.format === undefined && cellOf(head[index]).format === 'numeric');
  const { colspan, rowspan } = spans(c);
  const attrs = [ifDefined(colspan), ifDefined(rowspan), ifDefined(c.format), ifDefined(c.sortValue), ifDefined(bilingualAttribute(c.text))] as const;
  return c.header || (index === 0 && p.firstCellIsHeader)
    ? html`<th scope="row" class="cyd-table__header${numeric ? ' cyd-table__header--numeric' : ''}" colspan=${attrs[0]} rowspan=${attrs[1]} data-format=${attrs[2]} data-sort-value=${attrs[3]} data-text=${attrs[4]}>${words}</th>`
    : html`<td class="cyd-table__cell${numeric ? ' cyd-table__cell--numeric' : ''}" colspan=${attrs[0]} rowspan=${attrs[1]} data-format=${attrs[2]} data-sort-value=${attrs[3]} data-text=${attrs[4]}>${words}</td>`;
}

/** What the live region says after a sort: "Sorted by Name, ascending". */
export function sortAnnouncement(p: TableProps, locale: Locale): string {
  const head = Array.isArray(p.head) ? p.head : [];
  if (p.sortColumn === undefined || !head[p.sortColumn]) return '';
  const words = tableMessages[locale];
  const column = resolveText(cellOf(head[p.sortColumn]).text, locale);
  return words.sortedBy(column, p.sortDirection === 'descending' ? words.descending : words.ascending);
}

/**
 * The table. `interactive` is for the browser's render of a sortable table:
 * its headers are buttons (they need JavaScript, so the server leaves them
 * out) and the polite live region says `announce` after a person sorts.
 */
export function tableTemplate(p: TableProps, locale: Locale, interactive?: TableInteraction): TemplateResult {
  const head = Array.isArray(p.head) ? p.head : [];
  const caption = resolveText(p.caption, locale);
  const rows = sortedRows(p, locale);
  return html`<div class="cyd-table-container" data-cyd-root>
    <table class="cyd-table${p.sortable ? ' cyd-table--sortable' : ''}">
      ${
        caption
          ? html`<caption class="cyd-table__caption${p.captionSize ? ` cyd-table__caption--${p.captionSize}` : ''}" data-text=${ifDefined(bilingualAttribute(p.caption))}>${textIn(p.caption, locale)}</caption>`
          : nothing
      }
      ${
        head.length > 0
          ? html`<thead class="cyd-table__head"><tr class="cyd-table__row">${head.map((h, i) => headerCell(h, i, p, locale, interactive))}</tr></thead>`
          : nothing
      }
      <tbody class="cyd-table__body">
        ${rows.map((row) => html`<tr class="cyd-table__row">${row.map((cell, i) => bodyCell(cell, i, p, head, locale))}</tr>`)}
      </tbody>
    </table>
    ${p.sortable ? html`<div class="cyd-visually-hidden" aria-live="polite" aria-atomic="true">${interactive?.announce ?? ''}</div>` : nothing}
  </div>`;
}

// ---- reading a <table> given as content ------------------------------------

/** A cell's (or caption's) words: `data-text` JSON from a render, `data-text-cy` / `-en` twins, else its text. */
const wordsOf = (element: ContentElement): Text => textFromContent(element, 'data-text', element.text);

function cellFrom(element: ContentElement): TableHeadData {
  const cell: TableHeadData = { text: wordsOf(element) };
  const format = element.attributes['data-format'] ?? (element.attributes.class?.split(/\s+/).some((c) => c.endsWith('--numeric')) ? 'numeric' : undefined);
  if (format === 'numeric') cell.format = 'numeric';
  const colspan = Number(element.attributes.colspan);
  if (colspan > 1) cell.colspan = colspan;
  const rowspan = Number(element.attributes.rowspan);
  if (rowspan > 1) cell.rowspan = rowspan;
  if (element.attributes['data-sort-value'] !== undefined) cell.sortValue = element.attributes['data-sort-value'];
  if (element.attributes['data-sortable'] === 'false') cell.sortable = false;
  return cell;
}

const childrenTagged = (element: ContentElement, ...tags: string[]) => element.children.filter((child) => tags.includes(child.tag));

/** Reads an author's `<table>` (or a server render of this component) into caption, head and rows. */
export function tableFromContent(content: ContentElement[]): Partial<TableProps> {
  const container = content.find((element) => element.tag === 'div' && element.children.some((child) => child.tag === 'table'));
  const table = content.find((element) => element.tag === 'table') ?? container?.children.find((child) => child.tag === 'table');
  if (!table) return {};
  const found: Partial<TableProps> = {};
  const caption = childrenTagged(table, 'caption')[0];
  if (caption) found.caption = wordsOf(caption);
  const sections = childrenTagged(table, 'thead', 'tbody', 'tfoot');
  const headRows = sections.filter((s) => s.tag === 'thead').flatMap((s) => childrenTagged(s, 'tr'));
  let bodyRows = [...sections.filter((s) => s.tag !== 'thead').flatMap((s) => childrenTagged(s, 'tr')), ...childrenTagged(table, 'tr')];
  if (headRows.length === 0 && bodyRows[0] && bodyRows[0].children.every((cell) => cell.tag === 'th')) {
    headRows.push(bodyRows[0]);
    bodyRows = bodyRows.slice(1);
  }
  if (headRows[0]) found.head = childrenTagged(headRows[0], 'th', 'td').map(cellFrom);
  found.rows = bodyRows.map((row) =>
    childrenTagged(row, 'th', 'td').map((element) => {
      const cell = cellFrom(element);
      delete cell.sortable;
      if (element.tag === 'th') cell.header = true;
      return cell;
    }),
  );
  return found;
}

export const tableDefinition = defineComponent({
  tag: 'cyd-table',
  props: tableProps,
  template: (p, locale) => tableTemplate(p, locale),
  propsFromContent: tableFromContent,
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.caption)
          problems.push(
            '<cyd-table> has no caption, so nothing says what the table is about. Add caption="…" and caption-cy="…" (or a <caption> in the <table> inside).',
          );
        if (!Array.isArray(p.rows) || p.rows.length === 0) {
          problems.push('<cyd-table> has no rows. Put a <table> inside it, or set rows=\'[["Cardiff", "372,089"]]\' (and head=\'["Council", "Population"]\').');
        }
        const head = Array.isArray(p.head) ? p.head : [];
        if (p.sortable && head.length === 0)
          problems.push('<cyd-table sortable> has no column headers to sort by. Add head=\'["…"]\' or a <thead> with <th> cells.');
        if (p.sortColumn !== undefined && !Number.isNaN(p.sortColumn) && (p.sortColumn < 0 || (head.length > 0 && p.sortColumn >= head.length))) {
          problems.push(`<cyd-table>: sort-column="${p.sortColumn}" is not a column. Columns count from 0 (the first) to ${Math.max(head.length - 1, 0)}.`);
        }
        return problems;
      }
    : undefined,
});
