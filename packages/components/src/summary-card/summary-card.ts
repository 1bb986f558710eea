import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type SummaryCardProps, summaryCardDefinition, summaryCardProps } from './summary-card.template.js';

/**
 * A titled card around a summary list, with actions for the whole card
 * ("Change" / "Newid", "Delete" / "Dileu"): one of several records on a
 * check-answers page. The list inside is the author's, moved in as it is.
 *
 * @tag cyd-summary-card
 */
export class CydSummaryCard extends CydElement<typeof summaryCardProps> {
  static override definition = summaryCardDefinition;
  static override properties = litProperties(summaryCardProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydSummaryCard extends SummaryCardProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-summary-card': CydSummaryCard;
  }
}
