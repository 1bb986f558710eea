import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type TagProps, tagDefinition, tagProps } from './tag.template.js';

/**
 * A short status label ("Completed", "Urgent") in one of ten colours. The
 * words carry the status; the colour only helps a person scan.
 *
 * @tag cyd-tag
 */
export class CydTag extends CydElement<typeof tagProps> {
  static override definition = tagDefinition;
  static override properties = litProperties(tagProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTag extends TagProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-tag': CydTag;
  }
}
