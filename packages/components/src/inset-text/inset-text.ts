import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { reportIfNoWords } from '../tag/no-words.js';
import { type InsetTextProps, insetTextDefinition, insetTextProps } from './inset-text.template.js';

/**
 * Sets a quotation, an example or an important note apart from the text
 * around it, with a bar down its left edge. Its words come from `text` /
 * `text-cy`, or from the HTML inside the tag, moved in as it is.
 *
 * @tag cyd-inset-text
 */
export class CydInsetText extends CydElement<typeof insetTextProps> {
  static override definition = insetTextDefinition;
  static override properties = litProperties(insetTextProps);

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    reportIfNoWords(this, !!this.props.words, '<cyd-inset-text> is empty. Add text="…" and text-cy="…", or put the HTML inside the tag.');
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydInsetText extends InsetTextProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-inset-text': CydInsetText;
  }
}
