import type { PropertyValues } from 'lit';
import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type SortDirection, type TableProps, sortAnnouncement, tableDefinition, tableFromContent, tableProps, tableTemplate } from './table.template.js';

/**
 * A table of data with a caption, header cells with `scope`, numeric
 * columns right-aligned and, when `sortable`, header buttons that sort the
 * rows (in Welsh alphabetical order on a Welsh page) and say so politely.
 *
 * @tag cyd-table
 * @fires cyd-sort - after a person sorts: `detail` is `{ column, direction }`.
 */
export class CydTable extends CydElement<typeof tableProps> {
  static override definition = tableDefinition;
  static override properties = litProperties(tableProps);

  /** Set once a person has sorted: only then does the live region speak. */
  #announce = false;
  #observed: Element | null = null;
  readonly #resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.#markScroller());

  protected override createRenderRoot(): HTMLElement {
    // The rows are data: an author's <table>, or the table a server rendered
    // (its cells carry both languages), read once unless `rows` was set.
    if (this.rows === undefined) {
      const rendered = [...this.children].find((child) => child.hasAttribute('data-cyd-root'));
      const found = tableFromContent([...(rendered ? [rendered] : this.children)].map(contentElementOf));
      if (found.rows) this.rows = found.rows;
      if (found.head && this.head === undefined) this.head = found.head;
      if (found.caption !== undefined && this.caption === undefined) this.caption = found.caption;
      if (!rendered) for (const child of [...this.children]) if (child.localName === 'table') child.remove();
    }
    return super.createRenderRoot();
  }

  /** A sortable table's headers are buttons only a script can work: it renders at once, not the server's markup. */
  protected override adoptsServerMarkup(): boolean {
    return !this.sortable;
  }

  protected override render(): unknown {
    const props = this.props;
    return this.renderTemplate(props, () =>
      tableTemplate(props, this.locale, {
        onSort: (column) => this.sortBy(column),
        announce: this.#announce ? sortAnnouncement(props, this.locale) : '',
      }),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const box = this.querySelector('.cyd-table-container');
    if (box !== this.#observed) {
      if (this.#observed) this.#resize?.unobserve(this.#observed);
      if (box) this.#resize?.observe(box);
      this.#observed = box;
    }
    this.#markScroller();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#observed = null;
  }

  /**
   * A table wider than its box scrolls inside it; keyboard users must be
   * able to scroll it too, so the box becomes a Tab stop and a region named
   * by the caption, only while it scrolls (no extra Tab stop otherwise).
   */
  #markScroller(): void {
    const box = this.#observed;
    if (!(box instanceof HTMLElement)) return;
    const caption = box.querySelector('caption')?.textContent?.trim() ?? '';
    if (box.scrollWidth > box.clientWidth + 1) {
      box.tabIndex = 0;
      if (caption) {
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', caption);
      }
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
    }
  }

  /** Sorts by `column` (from 0): ascending first, then the other way each time the same column is chosen again. */
  sortBy(column: number, direction?: SortDirection): void {
    const next: SortDirection = direction ?? (this.sortColumn === column && this.sortDirection === 'ascending' ? 'descending' : 'ascending');
    this.sortColumn = column;
    this.sortDirection = next;
    this.#announce = true;
    this.dispatchEvent(new CustomEvent('cyd-sort', { bubbles: true, detail: { column, direction: next } }));
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTable extends TableProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-table': CydTable;
  }
}
