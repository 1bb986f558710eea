import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type FooterProps, footerDefinition, footerProps } from './footer.template.js';

/**
 * The bottom of every page: the meta links every public body's site has
 * (accessibility statement, cookies, privacy, contact) in the page's
 * language, the organisation's copyright and licence, and optional columns
 * of links.
 *
 * @tag cyd-footer
 */
export class CydFooter extends CydElement<typeof footerProps> {
  static override definition = footerDefinition;
  static override properties = litProperties(footerProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydFooter extends FooterProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-footer': CydFooter;
  }
}
