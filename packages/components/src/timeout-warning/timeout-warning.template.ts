import { html, nothing } from 'lit';
import type { Locale } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import { timeoutWarningMessages } from './timeout-warning.messages.js';

/** Seconds before the session ends that the warning opens, when the author gives no `warn-before`. */
export const DEFAULT_WARN_BEFORE = 120;
/** The BroadcastChannel every tab of a service shares, when the author gives no `channel`. */
export const DEFAULT_CHANNEL = 'cydran-session';

export const timeoutWarningProps = {
  /** When the session really ends, as the server knows it: an ISO time (`2026-12-03T10:15:00Z`). */
  expiresAt: { kind: 'string' },
  /** How many seconds before the end the warning opens. */
  warnBefore: { kind: 'number', default: DEFAULT_WARN_BEFORE },
  /** "Stay signed in" POSTs here; its JSON reply `{"expiresAt": "…"}` gives the new end. */
  keepAliveHref: { kind: 'url' },
  /** "Sign out" goes here. */
  signOutHref: { kind: 'url' },
  /** Where the page goes when the time runs out ("You’ve been signed out for your security"). */
  timedOutHref: { kind: 'url' },
  /** The BroadcastChannel name that keeps the service's open tabs in step. */
  channel: { kind: 'string', default: DEFAULT_CHANNEL },
  /** The element's own `id`, from which the dialog's ids are made. */
  hostId: { kind: 'string', attribute: 'id' },
} as const satisfies PropSpec;

export type TimeoutWarningProps = Props<typeof timeoutWarningProps>;

/** What only the browser knows, given to the template by the element; the server gives none of it. */
export interface TimeoutWarningState {
  /** Whole seconds left (rounded up); without it, the warning's full length. */
  secondsLeft?: number | undefined;
  /** The seconds left when the live region last spoke (none until the first interval after opening): it says them in the element's language. */
  announcedAt?: number | undefined;
  /** The keep-alive request failed. */
  keepAliveFailed?: boolean | undefined;
}

/**
 * The countdown as a sentence: minutes (rounded up) from a minute left, then
 * seconds, so "2 minutes" shows from 2:00 down to 1:01.
 */
export function countdownSentence(secondsLeft: number, locale: Locale): string {
  const m = timeoutWarningMessages[locale];
  const seconds = Math.max(0, Math.ceil(secondsLeft));
  return seconds >= 60 ? m.signOutInMinutes(Math.ceil(seconds / 60)) : m.signOutInSeconds(seconds);
}

/**
 * When the live region speaks: each whole minute, then at 30 seconds, never
 * every second. The moments share a value between them: a change of value is
 * the moment to speak.
 */
export function announcementPoint(secondsLeft: number): number {
  const seconds = Math.max(0, Math.ceil(secondsLeft));
  if (seconds > 60) return Math.ceil(seconds / 60) * 60;
  return seconds > 30 ? 60 : 30;
}

const warnBeforeOf = (p: Pick<TimeoutWarningProps, 'warnBefore'>): number =>
  p.warnBefore !== undefined && Number.isFinite(p.warnBefore) && p.warnBefore > 0 ? p.warnBefore : DEFAULT_WARN_BEFORE;

export const timeoutWarningDefinition = defineComponent({
  tag: 'cyd-timeout-warning',
  props: timeoutWarningProps,
  template(p: TimeoutWarningProps & TimeoutWarningState, locale) {
    const m = timeoutWarningMessages[locale];
    const id = p.hostId ? `${p.hostId}-dialog` : 'cyd-timeout-warning';
    const seconds = p.secondsLeft ?? warnBeforeOf(p);
    // A closed native <dialog>: nothing shows with JavaScript off (the
    // server's own timeout signs the person out), and the browser opens it
    // as a modal (showModal) that makes the rest of the page inert.
    return html`<div class="cyd-timeout-warning" data-cyd-root>
      <dialog class="cyd-timeout-warning__dialog" aria-labelledby="${id}-heading" aria-describedby="${id}-text">
        <h2 class="cyd-timeout-warning__heading" id="${id}-heading">${m.heading}</h2>
        <p class="cyd-body cyd-timeout-warning__text" id="${id}-text">${countdownSentence(seconds, locale)}</p>
        ${p.keepAliveFailed ? html`<p class="cyd-error-message cyd-timeout-warning__problem" role="alert">${m.keepAliveFailed}</p>` : nothing}
        <div class="cyd-timeout-warning__actions">
          <button type="button" class="cyd-button cyd-timeout-warning__stay">${m.staySignedIn}</button>
          ${p.signOutHref ? html`<a class="cyd-link cyd-timeout-warning__sign-out" href=${p.signOutHref}>${m.signOut}</a>` : nothing}
        </div>
        <div class="cyd-visually-hidden cyd-timeout-warning__status" aria-live="polite">${p.announcedAt === undefined ? '' : countdownSentence(p.announcedAt, locale)}</div>
      </dialog>
    </div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.expiresAt) {
          problems.push(
            '<cyd-timeout-warning> has no expires-at, so it cannot know when to warn. Give the session’s real end as an ISO time: expires-at="2026-12-03T10:15:00Z".',
          );
        } else if (Number.isNaN(Date.parse(p.expiresAt))) {
          problems.push(
            `<cyd-timeout-warning>: expires-at="${p.expiresAt}" is not a time, so it cannot warn. Give an ISO time such as expires-at="2026-12-03T10:15:00Z".`,
          );
        }
        if (!p.keepAliveHref)
          problems.push(
            '<cyd-timeout-warning> has no keep-alive-href, so "Stay signed in" cannot extend the session. Add keep-alive-href="…" (it is sent a POST).',
          );
        if (!p.timedOutHref)
          problems.push(
            '<cyd-timeout-warning> has no timed-out-href, so nothing happens when the time runs out. Add timed-out-href="…" (the "You’ve been signed out" page).',
          );
        if (p.warnBefore !== undefined && warnBeforeOf(p) !== p.warnBefore) {
          problems.push(
            `<cyd-timeout-warning>: warn-before="${p.warnBefore}" is not a number of seconds, so ${DEFAULT_WARN_BEFORE} is used. Give seconds such as warn-before="120".`,
          );
        }
        return problems;
      }
    : undefined,
});
