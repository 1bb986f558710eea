import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type BackLinkProps, backLinkDefinition, backLinkProps, backLinkTemplate } from './back-link.template.js';

/** Whether the browser has a page before this one in its history for this tab. */
function hasHistory(): boolean {
  return window.history.length > 1;
}

/**
 * A link back to the previous page of a journey, "Back" / "Yn ôl".
 *
 * With `href` it is a plain link (works with JavaScript off, and is what
 * GOV.UK asks for). With `history` and no `href` it goes back in the
 * browser's history; it shows only when JavaScript runs and there is a
 * previous page in this tab.
 *
 * @tag cyd-back-link
 */
export class CydBackLink extends CydElement<typeof backLinkProps> {
  static override definition = backLinkDefinition;
  static override properties = litProperties(backLinkProps);

  readonly #onClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a[data-cyd-history]');
    if (!link || !this.contains(link)) return;
    event.preventDefault();
    window.history.back();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
  }

  protected override render(): unknown {
    return this.renderTemplate(this.props, () => backLinkTemplate(this.props, this.locale, hasHistory()));
  }

  // A history link is hidden in the server's markup; the browser decides whether it shows.
  protected override adoptsServerMarkup(): boolean {
    return !(this.props.history && !this.text(this.props.href));
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydBackLink extends BackLinkProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-back-link': CydBackLink;
  }
}
