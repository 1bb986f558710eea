import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type PanelProps, panelDefinition, panelProps } from './panel.template.js';

/**
 * The confirmation panel at the end of a transaction: a large title
 * ("Application complete") and, if there is one, the reference number the
 * person should keep.
 *
 * @tag cyd-panel
 */
export class CydPanel extends CydElement<typeof panelProps> {
  static override definition = panelDefinition;
  static override properties = litProperties(panelProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydPanel extends PanelProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-panel': CydPanel;
  }
}
