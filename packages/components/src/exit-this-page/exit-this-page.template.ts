import { html, nothing } from 'lit';
import type { Locale, Text } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { exitThisPageMessages } from './exit-this-page.messages.js';

export const exitThisPageProps = {
  /**
   * Where the button goes (required): a neutral site that gives nothing
   * away about the service, such as a weather forecast or a search engine.
   */
  href: { kind: 'url' },
  /** The id of the element; the hidden instructions' id derives from it. */
  exitId: { kind: 'string', attribute: 'id' },
  /** Replaces "Exit this page" / "Gadael y dudalen hon". (Not `text`: CydElement#text resolves author text.) */
  linkText: { kind: 'text', attribute: 'text' },
  /** The hidden word before it: "Emergency" / "Argyfwng". */
  hiddenText: { kind: 'text' },
  /** The button's hidden description: how to leave with Shift. */
  instructionsText: { kind: 'text' },
  activatedText: { kind: 'text' },
  timedOutText: { kind: 'text' },
  pressTwoMoreTimesText: { kind: 'text' },
  pressOneMoreTimeText: { kind: 'text' },
} as const satisfies PropSpec;

export type ExitThisPageProps = Props<typeof exitThisPageProps>;

/** What the live region says: progress of the Shift shortcut. */
export type ExitAnnouncement = 'pressTwoMoreTimes' | 'pressOneMoreTime' | 'timedOut';

/**
 * What only the browser knows, given to the template by the element. The
 * server gives none of it: with JavaScript off the button is a plain link.
 */
export interface ExitThisPageState {
  enhanced?: boolean;
  /** Shift presses counted so far (0 to 2). */
  presses?: number;
  announcement?: ExitAnnouncement | undefined;
  /** The page is being left: the overlay shows. */
  leaving?: boolean;
}

export const instructionsIdOf = (p: Pick<ExitThisPageProps, 'exitId'>): string => `${p.exitId || 'cyd-exit-this-page'}-instructions`;

function word(given: Text | undefined, fallback: string, locale: Locale): unknown {
  return textIn(given, locale) || fallback;
}

export const exitThisPageDefinition = defineComponent({
  tag: 'cyd-exit-this-page',
  props: exitThisPageProps,
  template(p: ExitThisPageProps & ExitThisPageState, locale) {
    const m = exitThisPageMessages[locale];
    const enhanced = p.enhanced === true;
    const presses = p.presses ?? 0;
    const announcement = p.announcement
      ? word(
          { pressTwoMoreTimes: p.pressTwoMoreTimesText, pressOneMoreTime: p.pressOneMoreTimeText, timedOut: p.timedOutText }[p.announcement],
          m[p.announcement],
          locale,
        )
      : '';
    const instructionsId = instructionsIdOf(p);
    // Three lights, one per Shift press: seen, not read (the live region says it).
    const indicator = html`<span class="cyd-exit-this-page__indicator${presses > 0 ? ' cyd-exit-this-page__indicator--visible' : ''}" aria-hidden="true">${[
      0, 1, 2,
    ].map((i) => html`<span class="cyd-exit-this-page__light${i < presses ? ' cyd-exit-this-page__light--on' : ''}"></span>`)}</span>`;
    return html`<div class="cyd-exit-this-page" data-cyd-root>
      <a class="cyd-button cyd-button--warning cyd-exit-this-page__button" href=${p.href || nothing} rel="nofollow noreferrer"
        aria-describedby=${enhanced ? instructionsId : nothing}
      ><span class="cyd-visually-hidden">${word(p.hiddenText, m.emergency, locale)} </span>${word(p.linkText, m.exitThisPage, locale)}${enhanced ? indicator : nothing}</a>
      ${
        enhanced
          ? html`<div class="cyd-visually-hidden" id=${instructionsId}>${word(p.instructionsText, m.instructions, locale)}</div>
            <div class="cyd-visually-hidden cyd-exit-this-page__status" role="status">${announcement}</div>
            <dialog class="cyd-exit-this-page__overlay" aria-labelledby=${`${instructionsId}-leaving`}>
              <p class="cyd-exit-this-page__leaving" id=${`${instructionsId}-leaving`} role="alert">${p.leaving ? word(p.activatedText, m.activated, locale) : ''}</p>
            </dialog>`
          : nothing
      }
    </div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        if (!p.href) {
          return [
            '<cyd-exit-this-page> has no href, so it cannot take anyone away from the page. Add href="…" with a neutral site that gives nothing away, e.g. href="https://www.bbc.co.uk/weather".',
          ];
        }
        if (p.href.startsWith('#')) {
          return [
            `<cyd-exit-this-page>: href="${p.href}" stays on this page. Use the address of another, neutral site, e.g. href="https://www.bbc.co.uk/weather".`,
          ];
        }
        return [];
      }
    : undefined,
});
