import { CydElement } from '../internal/cyd-element.js';
import { reportDeveloperErrors } from '../internal/developer-errors.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { litProperties } from '../internal/props.js';
import { fragmentId } from '../internal/safe-url.js';
import { type SkipLinkProps, skipLinkDefinition, skipLinkProps } from './skip-link.template.js';

/**
 * The first thing on the page for keyboard users: hidden until it has
 * focus, it jumps past the header and navigation to the main content.
 *
 * @tag cyd-skip-link
 */
export class CydSkipLink extends CydElement<typeof skipLinkProps> {
  static override definition = skipLinkDefinition;
  static override properties = litProperties(skipLinkProps);

  /** The element it skips to, if it is on the page. */
  get target(): HTMLElement | null {
    const href = this.props.href;
    if (!href?.startsWith('#') || href.length < 2) return null;
    const id = fragmentId(href.slice(1));
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(id) ?? document.getElementById(id);
  }

  readonly #onClick = (event: MouseEvent): void => {
    if (!(event.target as Element | null)?.closest?.('.cyd-skip-link')) return;
    const target = this.target;
    if (!target) {
      if (DEV_MODE)
        reportDeveloperErrors(this, [
          `<cyd-skip-link>: nothing on the page has id="${(this.props.href ?? '').slice(1)}", so the link goes nowhere. Give the main content that id (<main id="main-content">).`,
        ]);
      return;
    }
    // Following a fragment link scrolls but does not move focus to an
    // element that is not focusable (like <main>), so the next Tab would
    // start from the top again. Make it focusable for this one visit only:
    // with a lasting tabindex every click inside it would focus the whole area.
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.classList.add('cyd-skip-link-focused-element');
      target.addEventListener(
        'blur',
        () => {
          target.removeAttribute('tabindex');
          target.classList.remove('cyd-skip-link-focused-element');
        },
        { once: true },
      );
    }
    target.focus();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydSkipLink extends SkipLinkProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-skip-link': CydSkipLink;
  }
}
