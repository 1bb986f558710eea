import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { reportIfNoWords } from '../tag/no-words.js';
import { type WarningTextProps, warningTextDefinition, warningTextProps } from './warning-text.template.js';

/**
 * A warning in bold beside a "!" icon: what a person must know to avoid
 * a fine, a penalty or losing a right. Screen readers hear "Warning" /
 * "Rhybudd" before it instead of the icon.
 *
 * @tag cyd-warning-text
 */
export class CydWarningText extends CydElement<typeof warningTextProps> {
  static override definition = warningTextDefinition;
  static override properties = litProperties(warningTextProps);

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    reportIfNoWords(
      this,
      !!this.props.words,
      '<cyd-warning-text> has no warning, so screen readers hear only "Warning". Add text="…" and text-cy="…", or put the words inside the tag.',
    );
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydWarningText extends WarningTextProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-warning-text': CydWarningText;
  }
}
