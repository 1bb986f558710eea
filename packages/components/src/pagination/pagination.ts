import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type PaginationProps, paginationDefinition, paginationProps } from './pagination.template.js';

/**
 * Links to the previous and next pages and to numbered pages, in a
 * navigation landmark named "Pagination" / "Tudalennu". On a series of
 * content pages it shows only previous and next, with the pages' titles.
 * Plain links: it works the same with JavaScript off.
 *
 * @tag cyd-pagination
 */
export class CydPagination extends CydElement<typeof paginationProps> {
  static override definition = paginationDefinition;
  static override properties = litProperties(paginationProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydPagination extends PaginationProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-pagination': CydPagination;
  }
}
