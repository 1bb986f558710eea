import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type NotTranslatedProps, notTranslatedDefinition, notTranslatedProps } from './not-translated.template.js';

/**
 * Says, in the page's language, that a page or section has no version in
 * it, links to the language it has, and marks the content with that
 * language's `lang`, so nothing English passes as Welsh.
 *
 * @tag cyd-not-translated
 */
export class CydNotTranslated extends CydElement<typeof notTranslatedProps> {
  static override definition = notTranslatedDefinition;
  static override properties = litProperties(notTranslatedProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydNotTranslated extends NotTranslatedProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-not-translated': CydNotTranslated;
  }
}
