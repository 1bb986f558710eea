import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import type { ContentElement } from '../internal/definition.js';
import { litProperties } from '../internal/props.js';
import { CollapsibleMenu } from '../internal/collapsible-menu.js';
import {
  type ServiceNavigationProps,
  type ServiceNavigationRenderState,
  SERVICE_NAVIGATION_REGION_ATTRIBUTE,
  collapses,
  itemsFromContent,
  serviceNavigationDefinition,
  serviceNavigationProps,
} from './service-navigation.template.js';

/**
 * The service's own navigation: its name and a few links, the current page
 * marked with `aria-current`. On a small screen with JavaScript the links
 * fold into a "Menu" / "Dewislen" button; with JavaScript off they all show.
 *
 * @tag cyd-service-navigation
 */
export class CydServiceNavigation extends CydElement<typeof serviceNavigationProps> {
  static override definition = serviceNavigationDefinition;
  static override properties = litProperties(serviceNavigationProps);

  readonly #menu = new CollapsibleMenu(this, {
    button: () => this.querySelector(':scope > [data-cyd-root] .cyd-service-navigation__toggle'),
    menu: () => this.querySelector(':scope > [data-cyd-root] .cyd-service-navigation__list'),
    collapses: () => collapses(this.props),
  });

  protected override createRenderRoot(): HTMLElement {
    // The links are data: a language switch re-words them, and each goes in
    // its own list item. Read once, from the author's <a> children or from a
    // server render's links (which carry both languages).
    if (this.items === undefined) {
      const rendered = [...this.children].find((child) => child.hasAttribute('data-cyd-root'));
      const source: ContentElement[] = rendered
        ? [...rendered.querySelectorAll('.cyd-service-navigation__list a.cyd-service-navigation__link')].map(contentElementOf)
        : [...this.children].map(contentElementOf);
      const items = itemsFromContent(source);
      if (items.length > 0) this.items = items;
      if (!rendered) {
        // Links are read and gone; content with a data-region is placed by the render.
        for (const child of [...this.children]) {
          if ((child.localName === 'a' || child.localName === 'ul') && !child.hasAttribute(SERVICE_NAVIGATION_REGION_ATTRIBUTE)) child.remove();
        }
      }
    }
    return super.createRenderRoot();
  }

  /** Links added after upgrade (by a framework) join the list. */
  protected override contentChanged(elements: ContentElement[]): void {
    const added = itemsFromContent(elements);
    if (added.length > 0) this.items = [...(this.items ?? []), ...added];
  }

  /** The server renders every link showing; on a small screen the first browser render folds them into the menu button. */
  protected override adoptsServerMarkup(): boolean {
    return this.#menu.state === 'static';
  }

  protected override render(): unknown {
    const props: ServiceNavigationProps & ServiceNavigationRenderState = { ...this.props, menu: this.#menu.state };
    return this.renderTemplate(props);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydServiceNavigation extends ServiceNavigationProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-service-navigation': CydServiceNavigation;
  }
}
