import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { reportIfNoWords } from '../tag/no-words.js';
import { type NotificationBannerProps, notificationBannerDefinition, notificationBannerProps, notificationBannerRole } from './notification-banner.template.js';

/**
 * A banner at the top of the main content: "Important" information the
 * person needs, or "Success" after they did something, which is announced
 * and takes focus when the page loads, as GOV.UK's does.
 *
 * @tag cyd-notification-banner
 */
export class CydNotificationBanner extends CydElement<typeof notificationBannerProps> {
  static override definition = notificationBannerDefinition;
  static override properties = litProperties(notificationBannerProps);

  /** The banner box, once rendered. */
  get banner(): HTMLElement | null {
    return this.querySelector<HTMLElement>(':scope > .cyd-notification-banner');
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    reportIfNoWords(
      this,
      !!this.props.words,
      '<cyd-notification-banner> has a title and no message. Add text="…" and text-cy="…", or put the HTML inside the tag.',
    );
    if (notificationBannerRole(this.props) !== 'alert' || this.props.disableAutoFocus) return;
    const banner = this.banner;
    if (!banner) return;
    // Focus once, when it first shows (after an upgrade of the server's
    // markup too), so screen readers read it and keyboard users start from
    // it. The tabindex lasts only until focus leaves: a lasting one would
    // focus the whole box on every click inside it.
    if (!banner.hasAttribute('tabindex')) {
      banner.setAttribute('tabindex', '-1');
      banner.addEventListener('blur', () => banner.removeAttribute('tabindex'), { once: true });
    }
    banner.focus();
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydNotificationBanner extends NotificationBannerProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-notification-banner': CydNotificationBanner;
  }
}
