import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import {
  DEFAULT_CHANNEL,
  DEFAULT_WARN_BEFORE,
  type TimeoutWarningProps,
  type TimeoutWarningState,
  announcementPoint,
  timeoutWarningDefinition,
  timeoutWarningProps,
} from './timeout-warning.template.js';

/** The time and timers the warning runs on: the page's by default; tests give a fake one. */
export interface TimeoutClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const pageClock: TimeoutClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(typeof handle === 'number' ? handle : undefined),
};

/** What the tabs of a service tell each other. */
interface SessionMessage {
  type: 'extended';
  expiresAt: string;
}

const isSessionMessage = (data: unknown): data is SessionMessage =>
  typeof data === 'object' && data !== null && 'type' in data && data.type === 'extended' && 'expiresAt' in data && typeof data.expiresAt === 'string';

/** Browsers cap a timer's delay at 2^31 − 1 ms (about 24.8 days); a longer wait is taken in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/** The new end of the session in a keep-alive reply `{"expiresAt": "…"}`, or undefined. */
async function expiryIn(response: Response): Promise<number | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null || !('expiresAt' in body) || typeof body.expiresAt !== 'string') return undefined;
  const time = Date.parse(body.expiresAt);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Warns that the session is about to end, in a native modal `<dialog>`, in
 * time: it reads the session's real end (`expires-at`) and checks the clock
 * on every tick, so a throttled background tab or a sleeping laptop never
 * makes it warn late. "Stay signed in" POSTs to `keep-alive-href` and
 * closes; "Sign out" goes to `sign-out-href`; when the time runs out the page
 * goes to `timed-out-href`. The countdown is spoken at each whole minute and
 * at 30 seconds, not every second. The service's open tabs stay in step
 * through a BroadcastChannel: staying signed in in one closes the warning in
 * the others and moves their end too.
 *
 * @tag cyd-timeout-warning
 * @fires cyd-timed-out - The time ran out; cancelable (the page then does not go to `timed-out-href`). `detail.href` is where it would go.
 * @fires cyd-session-extended - The session was extended, here or in another tab. `detail.expiresAt` is the new end (ISO).
 */
export class CydTimeoutWarning extends CydElement<typeof timeoutWarningProps> {
  static override definition = timeoutWarningDefinition;
  static override properties = litProperties(timeoutWarningProps);

  #clock: TimeoutClock = pageClock;
  #timer: unknown;
  /** The session's end, in ms. */
  #expiry: number | undefined;
  /** How long the session lasts, from the last end given: the extension when a keep-alive reply does not say. */
  #sessionLength = 0;
  #open = false;
  #secondsLeft: number | undefined;
  #point = 0;
  #announcedAt: number | undefined;
  #keepAliveFailed = false;
  #extending = false;
  #timedOut = false;
  #returnFocusTo: HTMLElement | null = null;
  /** True while this element closes its own dialog (its `close` event is then no answer from the person). */
  #closing = false;
  #channel: BroadcastChannel | null = null;

  /** The time and timers it runs on. Give a fake clock in tests; setting one checks the time again. */
  get clock(): TimeoutClock {
    return this.#clock;
  }
  set clock(clock: TimeoutClock) {
    this.#clock = clock;
    if (this.isConnected) this.#schedule();
  }

  /** Whether the warning is showing. */
  get open(): boolean {
    return this.#open;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog.cyd-timeout-warning__dialog');
  }

  get #warnBefore(): number {
    const seconds = this.props.warnBefore;
    return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_WARN_BEFORE;
  }

  protected override render(): unknown {
    const state: TimeoutWarningState = { secondsLeft: this.#secondsLeft, announcedAt: this.#announcedAt, keepAliveFailed: this.#keepAliveFailed };
    const props: TimeoutWarningProps & TimeoutWarningState = { ...this.props, ...state };
    return this.renderTemplate(this.props, () => this.definition.template(props, this.locale));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('expiresAt')) {
      // Read by type (docs/adr/0018): a value that is not a string is no time.
      const given = this.props.expiresAt;
      const time = given ? Date.parse(given) : NaN;
      this.#expiry = Number.isNaN(time) ? undefined : time;
      if (this.#expiry !== undefined) this.#sessionLength = Math.max(0, this.#expiry - this.#clock.now());
    }
    if (changed.has('channel')) this.#listen();
    // Here, not in updated(): what the check shows goes into this render.
    if (changed.has('expiresAt') || changed.has('warnBefore')) this.#schedule();
  }

  /** Checks the time now: opens, updates, closes or times out as it says, and sets the next check. */
  #schedule(): void {
    this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.isConnected || this.#expiry === undefined || this.#timedOut) return;
    const now = this.#clock.now();
    const left = this.#expiry - now;
    if (left <= 0) {
      this.#timeOut();
      return;
    }
    const warnAt = this.#expiry - this.#warnBefore * 1000;
    if (now < warnAt) {
      if (this.#open) this.#close();
      this.#timer = this.#clock.setTimeout(() => this.#schedule(), Math.min(warnAt - now, MAX_DELAY));
      return;
    }
    this.#show(left);
    // The next whole second left, when the words may change.
    this.#timer = this.#clock.setTimeout(() => this.#schedule(), left % 1000 || 1000);
  }

  #show(left: number): void {
    const seconds = Math.ceil(left / 1000);
    const point = announcementPoint(seconds);
    if (!this.#open) {
      // Opening is announced by the dialog itself (its name and description).
      this.#point = point;
      this.#announcedAt = undefined;
      this.#keepAliveFailed = false;
    } else if (point !== this.#point) {
      this.#point = point;
      this.#announcedAt = seconds;
    }
    if (seconds !== this.#secondsLeft) {
      this.#secondsLeft = seconds;
      this.requestUpdate();
    }
    if (!this.#open) {
      this.#open = true;
      void this.updateComplete.then(() => this.#showModal());
    }
  }

  #showModal(): void {
    const dialog = this.#dialog;
    if (!this.#open || !dialog || dialog.open) return;
    const active = this.ownerDocument.activeElement;
    if (!this.#returnFocusTo && active instanceof HTMLElement && active !== this.ownerDocument.body && !this.contains(active)) this.#returnFocusTo = active;
    dialog.showModal();
    // Focus on the first action: the dialog's name and description are read with it.
    this.querySelector<HTMLButtonElement>('.cyd-timeout-warning__stay')?.focus();
  }

  #close(): void {
    this.#open = false;
    this.#secondsLeft = undefined;
    this.#announcedAt = undefined;
    this.#keepAliveFailed = false;
    const dialog = this.#dialog;
    this.#closing = true;
    if (dialog?.open) dialog.close();
    this.#closing = false;
    const back = this.#returnFocusTo;
    this.#returnFocusTo = null;
    if (back?.isConnected) back.focus();
    this.requestUpdate();
  }

  #timeOut(): void {
    this.#timedOut = true;
    if (this.#open) this.#close();
    // The checked link (a `url` prop): never a `javascript:` one.
    const href = this.props.timedOutHref;
    const proceed = this.dispatchEvent(new CustomEvent('cyd-timed-out', { bubbles: true, cancelable: true, detail: { href } }));
    if (proceed && href) this.ownerDocument.defaultView?.location.assign(href);
  }

  /** The session now ends at `expiry`: the warning closes and waits for the new time. */
  #extended(expiry: number, tell: boolean): void {
    const iso = new Date(expiry).toISOString();
    this.#expiry = expiry;
    this.#timedOut = false;
    if (this.#open) this.#close();
    if (tell) this.#channel?.postMessage({ type: 'extended', expiresAt: iso } satisfies SessionMessage);
    this.dispatchEvent(new CustomEvent('cyd-session-extended', { bubbles: true, detail: { expiresAt: iso } }));
    // The property follows, so a page reading it sees the new end (its update checks the time again).
    this.expiresAt = iso;
    this.#schedule();
  }

  /** "Stay signed in": a POST to keep-alive-href; its reply's `expiresAt`, else the same session length again. */
  async staySignedIn(): Promise<void> {
    const href = this.props.keepAliveHref;
    if (this.#extending || !href) return;
    this.#extending = true;
    try {
      // A custom header: a cross-site page cannot send it without the service's consent (CORS), so it also marks the request as the page's own.
      const response = await fetch(href, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', 'Cydran-Keep-Alive': '1' } });
      if (!response.ok) throw new Error(`keep-alive answered ${response.status}`);
      const expiry = (await expiryIn(response)) ?? this.#clock.now() + this.#sessionLength;
      this.#extended(expiry, true);
    } catch {
      this.#keepAliveFailed = true;
      this.requestUpdate();
      // Still showing: the person can try again, or sign out.
      if (this.#open) void this.updateComplete.then(() => this.#showModal());
    } finally {
      this.#extending = false;
    }
  }

  #listen(): void {
    this.#channel?.close();
    this.#channel = null;
    if (!this.isConnected || typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(this.props.channel ?? DEFAULT_CHANNEL);
    this.#channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isSessionMessage(event.data)) return;
      const time = Date.parse(event.data.expiresAt);
      if (!Number.isNaN(time)) this.#extended(time, false);
    };
  }

  readonly #onClick = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('.cyd-timeout-warning__stay') && this.contains(target)) void this.staySignedIn();
  };

  /** Escape means "not now": as HMRC's dialog does, it keeps the person signed in. */
  readonly #onCancel = (event: Event): void => {
    if (event.target !== this.#dialog) return;
    event.preventDefault();
    void this.staySignedIn();
  };

  /**
   * The browser closed the dialog itself (Escape without a cancel event,
   * which browsers allow when the page has had no user activation since it
   * opened): the same answer as Escape.
   */
  readonly #onClose = (event: Event): void => {
    if (event.target !== this.#dialog || this.#closing || !this.#open) return;
    void this.staySignedIn();
  };

  /** Tab and Shift+Tab go round the dialog's own actions. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || !this.#open) return;
    const actions = [...this.querySelectorAll<HTMLElement>('.cyd-timeout-warning__stay, .cyd-timeout-warning__sign-out')];
    const first = actions[0];
    const last = actions[actions.length - 1];
    if (!first || !last) return;
    const active = this.ownerDocument.activeElement;
    if (event.shiftKey && (active === first || !this.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !this.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  /** A tab coming back to the front checks the time at once: its timers may have been held back. */
  readonly #onVisibility = (): void => {
    if (this.ownerDocument.visibilityState === 'visible') this.#schedule();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    this.addEventListener('cancel', this.#onCancel, true);
    this.addEventListener('close', this.#onClose, true);
    this.addEventListener('keydown', this.#onKeydown);
    this.ownerDocument.addEventListener('visibilitychange', this.#onVisibility);
    this.#listen();
    if (this.hasUpdated) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('cancel', this.#onCancel, true);
    this.removeEventListener('close', this.#onClose, true);
    this.removeEventListener('keydown', this.#onKeydown);
    this.ownerDocument.removeEventListener('visibilitychange', this.#onVisibility);
    this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#channel?.close();
    this.#channel = null;
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTimeoutWarning extends TimeoutWarningProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-timeout-warning': CydTimeoutWarning;
  }
}
