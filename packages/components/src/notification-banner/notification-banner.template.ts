import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { heading, headingLevelOf } from '../panel/heading.js';
import { notificationBannerMessages } from './notification-banner.messages.js';

/** The one list of <cyd-notification-banner>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const notificationBannerProps = {
  /**
   * `important` (the default): information the person needs, a region
   * named by its title. `success`: the outcome of what they just did,
   * announced (`role="alert"`) and focused when the page loads.
   */
  type: { kind: 'string', values: ['important', 'success'], default: 'important' },
  /** Replaces "Important" / "Pwysig" or "Success" / "Llwyddiant": `title-text`, `title-text-cy`. */
  titleText: { kind: 'text' },
  /** The title's heading level, 1 to 6 (default 2). */
  titleHeadingLevel: { kind: 'number', default: 2 },
  /** The title's id, which names the banner. Give each banner on a page its own. */
  titleId: { kind: 'string' },
  /** Replaces the banner's role (`region`, or `alert` for success). */
  bannerRole: { kind: 'string' },
  /** A success banner (or `banner-role="alert"`) takes focus when it first shows; this stops it. */
  disableAutoFocus: { kind: 'boolean' },
  /** The message as a heading-styled paragraph (`text`, `text-cy`); or put HTML inside the tag. */
  words: { kind: 'text', attribute: 'text' },
} as const satisfies PropSpec;

export type NotificationBannerProps = Props<typeof notificationBannerProps>;

/** The title's id: `title-id`, else one per type, so an important and a success banner can share a page. */
export function notificationBannerTitleId(p: Pick<NotificationBannerProps, 'titleId' | 'type'>): string {
  return p.titleId || `cyd-notification-banner-${p.type === 'success' ? 'success-' : ''}title`;
}

/** The banner's role: `banner-role`, else `alert` for success, `region` otherwise. */
export function notificationBannerRole(p: Pick<NotificationBannerProps, 'bannerRole' | 'type'>): string {
  return p.bannerRole || (p.type === 'success' ? 'alert' : 'region');
}

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const notificationBannerDefinition = defineComponent({
  tag: 'cyd-notification-banner',
  props: notificationBannerProps,
  template(p, locale, content) {
    const success = p.type === 'success';
    const messages = notificationBannerMessages[locale];
    const titleId = notificationBannerTitleId(p);
    const title = textIn(p.titleText, locale) || (success ? messages.success : messages.important);
    const words = textIn(p.words, locale);
    return html`<div
      class="cyd-notification-banner${success ? ' cyd-notification-banner--success' : ''}"
      role=${notificationBannerRole(p)}
      aria-labelledby=${titleId}
      data-cyd-root
      ><div class="cyd-notification-banner__header">${heading(headingLevelOf(p.titleHeadingLevel, 2), 'cyd-notification-banner__title', titleId, title)}</div
      ><div class="cyd-notification-banner__content">${words ? html`<p class="cyd-notification-banner__heading">${words}</p>` : nothing}<div
          class="cyd-notification-banner__author-content"
          data-cyd-content
        >${content ?? nothing}</div></div
      ></div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (p.titleHeadingLevel !== undefined && headingLevelOf(p.titleHeadingLevel, 2) !== p.titleHeadingLevel) {
          problems.push(`<cyd-notification-banner>: title-heading-level="${p.titleHeadingLevel}" is not a heading level. Use a whole number from 1 to 6.`);
        }
        if (p.bannerRole && !['region', 'alert', 'status'].includes(p.bannerRole)) {
          problems.push(`<cyd-notification-banner>: banner-role="${p.bannerRole}" is not a role for a banner. Use region, alert or status, or leave it out.`);
        }
        return problems;
      }
    : undefined,
});
