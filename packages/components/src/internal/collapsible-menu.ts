import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How a collapsible list of links shows, passed to the template:
 * - `static`: every link shows and the menu button is hidden. The server
 *   renders this (JavaScript off), and the browser too on wide screens.
 * - `closed` / `open`: small screen with JavaScript: a "Menu" button with
 *   `aria-expanded` shows or hides the list.
 */
export type MenuState = 'static' | 'closed' | 'open';

/**
 * Below the tablet breakpoint (641px, as `base.css`). 200% zoom on a 1280px
 * screen is 640 CSS pixels wide, so it gets the menu button too.
 */
export const SMALL_SCREEN = '(max-width: 40.0525em)';

export interface CollapsibleMenuOptions {
  /** The host's menu button (a native `<button>`: Enter and Space work by themselves). */
  button(): HTMLButtonElement | null;
  /** The element the button shows and hides. */
  menu(): HTMLElement | null;
  /** Whether this host collapses at all (enough links, not switched off). */
  collapses(): boolean;
}

/**
 * The behaviour behind the menu button of `<cyd-header>` and
 * `<cyd-service-navigation>`: it follows the screen width, toggles on a click
 * of the button, and closes on Escape with focus back on the button. The
 * markup comes from each template, given `state`.
 */
export class CollapsibleMenu implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: CollapsibleMenuOptions;
  #query: MediaQueryList | null = null;
  #small = false;
  #open = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CollapsibleMenuOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get state(): MenuState {
    if (!this.#small || !this.#options.collapses()) return 'static';
    return this.#open ? 'open' : 'closed';
  }

  hostConnected(): void {
    this.#query ??= window.matchMedia(SMALL_SCREEN);
    this.#small = this.#query.matches;
    this.#query.addEventListener('change', this.#onScreenChange);
    this.#host.addEventListener('click', this.#onClick);
    this.#host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onScreenChange);
    this.#host.removeEventListener('click', this.#onClick);
    this.#host.removeEventListener('keydown', this.#onKeydown);
  }

  readonly #onScreenChange = (event: MediaQueryListEvent): void => {
    this.#small = event.matches;
    // A menu left open on a phone turned sideways starts closed next time.
    if (!this.#small) this.#open = false;
    this.#host.requestUpdate();
  };

  readonly #onClick = (event: MouseEvent): void => {
    const button = this.#options.button();
    if (!button || !(event.target instanceof Node) || !button.contains(event.target)) return;
    this.#open = !this.#open;
    this.#host.requestUpdate();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.state !== 'open') return;
    const button = this.#options.button();
    const menu = this.#options.menu();
    const active = document.activeElement;
    if (!active || !(button?.contains(active) || menu?.contains(active))) return;
    event.preventDefault();
    this.#open = false;
    this.#host.requestUpdate();
    // The menu is hidden after this update: focus must not be left inside it.
    void this.#host.updateComplete.then(() => this.#options.button()?.focus());
  };
}
