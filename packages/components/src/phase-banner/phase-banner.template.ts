import { html, nothing, type TemplateResult } from 'lit';
import { type Locale, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { tagColours } from '../tag/tag.template.js';
import { phaseBannerMessages } from './phase-banner.messages.js';

export const PHASES = ['alpha', 'beta'] as const;
export type Phase = (typeof PHASES)[number];

export const phaseBannerProps = {
  /** The service's phase: the tag says "Alpha" / "Alffa" or "Beta". */
  phase: { kind: 'string', values: PHASES, default: 'beta' as Phase },
  /** Replaces the tag's words (`tag`, `tag-cy`), for a phase of your own. */
  tagText: { kind: 'text', attribute: 'tag' },
  /** The tag's colour, one of <cyd-tag>'s (GOV.UK's `tag.classes`, e.g. `govuk-tag--grey`); without it, blue. */
  tagColour: { kind: 'string', values: tagColours },
  /** The feedback page's address (one, or `feedback-href-cy` / `-en` per language). */
  feedbackHref: { kind: 'text', url: true, plainInPageLanguage: true },
  /** Open the feedback page in a new tab; the link says so in both languages. */
  feedbackNewTab: { kind: 'boolean' },
  /**
   * Your own sentence instead of "This is a new service – your feedback will
   * help us to improve it." (`text`, `text-cy`). With `feedback-href`, the
   * feedback link follows it, worded by `feedback-text`.
   */
  bannerText: { kind: 'text', attribute: 'text' },
  /** The feedback link's words after your own sentence; default "Give your feedback" / "Rhowch eich adborth". */
  feedbackText: { kind: 'text' },
} as const satisfies PropSpec;

export type PhaseBannerProps = Props<typeof phaseBannerProps>;

function feedbackLink(p: PhaseBannerProps, locale: Locale, words: unknown): TemplateResult {
  const newTab = p.feedbackNewTab;
  return html`<a class="cyd-link" href=${resolveText(p.feedbackHref, locale)} target=${newTab ? '_blank' : nothing} rel=${newTab ? 'noreferrer noopener' : nothing}
    >${words}${newTab ? ` ${phaseBannerMessages[locale].opensInNewTab}` : nothing}</a>`;
}

function sentence(p: PhaseBannerProps, locale: Locale): unknown {
  const words = phaseBannerMessages[locale];
  const hasLink = resolveText(p.feedbackHref, locale) !== '';
  const own = textIn(p.bannerText, locale);
  if (own) return hasLink ? html`${own} ${feedbackLink(p, locale, textIn(p.feedbackText, locale) || words.giveFeedback)}` : own;
  return html`${words.before}${feedbackLink(p, locale, words.feedback)}${words.after}`;
}

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const phaseBannerDefinition = defineComponent({
  tag: 'cyd-phase-banner',
  props: phaseBannerProps,
  template(p, locale) {
    const phase = p.phase ?? 'beta';
    const tag = textIn(p.tagText, locale) || phaseBannerMessages[locale][phase];
    return html`<div class="cyd-phase-banner" data-cyd-root>
      <p class="cyd-phase-banner__content">
        <strong class="cyd-tag${p.tagColour ? ` cyd-tag--${p.tagColour}` : ''} cyd-phase-banner__tag cyd-phase-banner__tag--${phase}">${tag}</strong>
        <span class="cyd-phase-banner__text">${sentence(p, locale)}</span>
      </p>
    </div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        if (!p.feedbackHref && !p.bannerText) {
          return [
            '<cyd-phase-banner> has no feedback-href, so its sentence links nowhere. Add feedback-href="/feedback" (the page where people tell you about the service), or give your own sentence with text="…" text-cy="…".',
          ];
        }
        return [];
      }
    : undefined,
});
