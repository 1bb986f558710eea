import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { reportIfNoWords } from './no-words.js';
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

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    reportIfNoWords(
      this,
      !!this.props.words,
      '<cyd-tag> shows no words, and colour alone says nothing. Add text="…" and text-cy="…", or put the words inside the tag.',
    );
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTag extends TagProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-tag': CydTag;
  }
}
