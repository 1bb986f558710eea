import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import type { ContentElement } from '../internal/definition.js';
import { litProperties } from '../internal/props.js';
import { type BreadcrumbsProps, breadcrumbsDefinition, breadcrumbsProps, itemsFromContent } from './breadcrumbs.template.js';

/**
 * The trail of pages above this one, in a navigation landmark named
 * "Breadcrumb" / "Briwsion bara" in the page's language. The links are the
 * author's `<a>` children, read once as data so a language switch can
 * re-word them; a server render is read back from its own list.
 *
 * @tag cyd-breadcrumbs
 */
export class CydBreadcrumbs extends CydElement<typeof breadcrumbsProps> {
  static override definition = breadcrumbsDefinition;
  static override properties = litProperties(breadcrumbsProps);

  protected override createRenderRoot(): HTMLElement {
    if (this.items === undefined) {
      const rendered = [...this.children].find((child) => child.hasAttribute('data-cyd-root'));
      const items = itemsFromContent([...(rendered ? [rendered] : this.children)].map(contentElementOf));
      if (items.length > 0) this.items = items;
      if (!rendered) for (const child of [...this.children]) child.remove();
    }
    return super.createRenderRoot();
  }

  // Links a framework adds after the first render join the trail.
  protected override contentChanged(elements: ContentElement[]): void {
    const added = itemsFromContent(elements);
    if (added.length > 0) this.items = [...(this.items ?? []), ...added];
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydBreadcrumbs extends BreadcrumbsProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-breadcrumbs': CydBreadcrumbs;
  }
}
