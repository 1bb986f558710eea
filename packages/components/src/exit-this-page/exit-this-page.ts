import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type ExitAnnouncement, type ExitThisPageProps, type ExitThisPageState, exitThisPageDefinition, exitThisPageProps } from './exit-this-page.template.js';

/** How long the Shift presses have to come in, and how long "expired" is said for. */
export const SHORTCUT_TIMEOUT_MS = 5000;

/**
 * A button that takes the person to a neutral site at once, for services
 * about domestic abuse and other subjects someone may need to hide. Shift
 * pressed three times in a row does the same; screen readers hear how many
 * presses are left. While leaving, the page is covered. With JavaScript off
 * it is a plain link.
 *
 * Before it navigates it fires `cyd-exit-this-page` (cancelable): calling
 * `preventDefault()` keeps the page (a test, a design preview).
 *
 * @fires cyd-exit-this-page - cancelable, just before leaving: `detail.href` is where it goes; `preventDefault()` keeps the page.
 * @tag cyd-exit-this-page
 */
export class CydExitThisPage extends CydElement<typeof exitThisPageProps> {
  static override definition = exitThisPageDefinition;
  static override properties = litProperties(exitThisPageProps);

  #presses = 0;
  #announcement: ExitAnnouncement | undefined;
  #leaving = false;
  /** Whether the previous key released had Shift held: Shift as a modifier (Shift+A) is not a press. */
  #lastKeyWasModified = false;
  #pressTimer: ReturnType<typeof setTimeout> | undefined;
  #messageTimer: ReturnType<typeof setTimeout> | undefined;

  /** Covers the page and goes to `href`, as pressing the button does. */
  exitPage(): void {
    // Nowhere to go (a developer error, reported): covering the page would only trap the person.
    if (!this.props.href) return;
    this.#clearTimers();
    this.#presses = 0;
    this.#announcement = undefined;
    this.#leaving = true;
    this.requestUpdate();
    const href = this.props.href;
    // The overlay goes up first: the navigation may take a moment.
    void this.updateComplete.then(() => {
      const proceed = this.dispatchEvent(new CustomEvent('cyd-exit-this-page', { bubbles: true, composed: true, cancelable: true, detail: { href } }));
      if (proceed && href) window.location.href = href;
    });
  }

  // Its browser render differs from the server's: the shortcut's description, live region and overlay exist only with JavaScript.
  protected override adoptsServerMarkup(): boolean {
    return false;
  }

  protected override render(): unknown {
    return this.renderTemplate(this.props, () => {
      const props: ExitThisPageProps & ExitThisPageState = {
        ...this.props,
        enhanced: true,
        presses: this.#presses,
        announcement: this.#announcement,
        leaving: this.#leaving,
      };
      return exitThisPageDefinition.template(props, this.locale, this.templateContent());
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A modal dialog covers the page and makes the rest of it inert, so
    // nothing behind it can be read or reached while the next page loads.
    const overlay = this.querySelector('dialog.cyd-exit-this-page__overlay');
    if (!(overlay instanceof HTMLDialogElement)) return;
    if (this.#leaving && !overlay.open) overlay.showModal();
    if (!this.#leaving && overlay.open) overlay.close();
  }

  #announce(announcement: ExitAnnouncement | undefined): void {
    this.#announcement = announcement;
    this.requestUpdate();
  }

  #clearTimers(): void {
    clearTimeout(this.#pressTimer);
    clearTimeout(this.#messageTimer);
    this.#pressTimer = undefined;
    this.#messageTimer = undefined;
  }

  /** The presses did not come in time, or another key came between them: start again. */
  #expire(): void {
    this.#clearTimers();
    this.#presses = 0;
    this.#announce('timedOut');
    this.#messageTimer = setTimeout(() => this.#announce(undefined), SHORTCUT_TIMEOUT_MS);
  }

  readonly #onKeyUp = (event: KeyboardEvent): void => {
    if (this.#leaving) return;
    if (event.key === 'Shift' && !this.#lastKeyWasModified) {
      this.#presses += 1;
      clearTimeout(this.#messageTimer);
      if (this.#presses >= 3) {
        this.exitPage();
      } else {
        this.#announce(this.#presses === 1 ? 'pressTwoMoreTimes' : 'pressOneMoreTime');
        clearTimeout(this.#pressTimer);
        this.#pressTimer = setTimeout(() => this.#expire(), SHORTCUT_TIMEOUT_MS);
      }
    } else if (this.#pressTimer !== undefined) {
      this.#expire();
    }
    this.#lastKeyWasModified = event.shiftKey;
  };

  readonly #onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a.cyd-exit-this-page__button') : null;
    if (!link || link.closest('cyd-exit-this-page') !== this) return;
    event.preventDefault();
    this.exitPage();
  };

  /** Back to the page from the neutral site: some browsers restore it with the overlay up. */
  readonly #onPageShow = (): void => {
    this.#clearTimers();
    this.#presses = 0;
    this.#lastKeyWasModified = false;
    this.#leaving = false;
    this.#announce(undefined);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    document.addEventListener('keyup', this.#onKeyUp, true);
    window.addEventListener('pageshow', this.#onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#clearTimers();
    this.removeEventListener('click', this.#onClick);
    document.removeEventListener('keyup', this.#onKeyUp, true);
    window.removeEventListener('pageshow', this.#onPageShow);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydExitThisPage extends ExitThisPageProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-exit-this-page': CydExitThisPage;
  }
}
