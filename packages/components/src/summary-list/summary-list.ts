import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import type { ContentElement } from '../internal/definition.js';
import { litProperties } from '../internal/props.js';
import { type SummaryListProps, rowsFromContent, summaryListDefinition, summaryListProps } from './summary-list.template.js';

/**
 * Rows of question and answer (a `<dl>`), each with "Change" / "Newid"
 * links whose hidden words say what they change, or a link to give a
 * missing answer: the check-answers page.
 *
 * @tag cyd-summary-list
 */
export class CydSummaryList extends CydElement<typeof summaryListProps> {
  static override definition = summaryListDefinition;
  static override properties = litProperties(summaryListProps);

  protected override createRenderRoot(): HTMLElement {
    // Each row's key and actions are data, read from the author's
    // `data-row` elements (or from a server render, where they sit in the
    // value cells); the elements themselves stay, as the values' markup.
    if (this.rows === undefined) {
      const rows = rowsFromContent([...this.children].map(contentElementOf));
      if (rows.length > 0) this.rows = rows;
    }
    return super.createRenderRoot();
  }

  /**
   * Rows a framework adds after the first render join the list; CydElement
   * then puts each row's element (its value's markup) in its value cell.
   */
  protected override contentChanged(elements: ContentElement[]): void {
    const added = rowsFromContent(elements);
    if (added.length > 0) this.rows = [...(this.rows ?? []), ...added];
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydSummaryList extends SummaryListProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-summary-list': CydSummaryList;
  }
}
