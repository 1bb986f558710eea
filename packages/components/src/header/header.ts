import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { reportDeveloperErrors } from '../internal/developer-errors.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { litProperties } from '../internal/props.js';
import { CollapsibleMenu } from '../internal/collapsible-menu.js';
import { type HeaderProps, type HeaderRenderState, headerDefinition, headerProps } from './header.template.js';

/**
 * The top of every page: the organisation's name and logo, the service's
 * name linking to its start, the language toggle, sign in or out, and a few
 * links that fold into a "Menu" button on small screens (all showing with
 * JavaScript off).
 *
 * @tag cyd-header
 */
export class CydHeader extends CydElement<typeof headerProps> {
  static override definition = headerDefinition;
  static override properties = litProperties(headerProps);

  readonly #menu = new CollapsibleMenu(this, {
    button: () => this.querySelector(':scope > [data-cyd-root] .cyd-header__menu-button'),
    menu: () => this.querySelector(':scope > [data-cyd-root] .cyd-header__menu'),
    // The template renders the menu only when there is a navigation region.
    collapses: () => true,
  });

  /** The server renders every link showing; on a small screen the first browser render folds them into the menu button. */
  protected override adoptsServerMarkup(): boolean {
    return this.#menu.state === 'static' || !this.querySelector(':scope > [data-cyd-root] .cyd-header__menu');
  }

  protected override render(): unknown {
    const props: HeaderProps & HeaderRenderState = { ...this.props, menu: this.#menu.state };
    return this.renderTemplate(props);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (DEV_MODE) reportDeveloperErrors(this, this.#pageProblems());
  }

  /** Mistakes only the page shows (the server renderer sees one element at a time). */
  #pageProblems(): string[] {
    const problems: string[] = [];
    if (!this.props.noBanner && this.parentElement?.closest('header')) {
      problems.push(
        '<cyd-header> is inside another <header>, so the page has two banner landmarks. Add no-banner to <cyd-header>, or remove the outer <header>.',
      );
    }
    if (this.querySelector('.cyd-header__logo img:not([alt])')) {
      problems.push(
        '<cyd-header>: the logo <img> has no alt. The organisation’s name is next to it, so give it alt="" unless the logo says something the name does not.',
      );
    }
    if (this.querySelector('.cyd-header__menu cyd-service-navigation')) {
      problems.push(
        '<cyd-header>: a <cyd-service-navigation> in the navigation region gives the page two menu buttons. Put it after <cyd-header> instead, or give the region a plain <ul> of links.',
      );
    }
    return problems;
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydHeader extends HeaderProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-header': CydHeader;
  }
}
