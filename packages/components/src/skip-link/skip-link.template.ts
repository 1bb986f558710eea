import { html } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { resolveText } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import { skipLinkMessages } from './skip-link.messages.js';

export const skipLinkProps = {
  /** Where it skips to: `#` and the id of the page's main content. */
  href: { kind: 'url', default: '#main-content' },
  /**
   * Replaces "Skip to main content" / "Neidio i’r prif gynnwys".
   * (Not named `text`: CydElement#text resolves author text.)
   */
  linkText: { kind: 'text', attribute: 'text' },
} as const satisfies PropSpec;

export type SkipLinkProps = Props<typeof skipLinkProps>;

export const skipLinkDefinition = defineComponent({
  tag: 'cyd-skip-link',
  props: skipLinkProps,
  template(p, locale) {
    const words = resolveText(p.linkText, locale) || skipLinkMessages[locale].skipToMainContent;
    return html`<a class="cyd-skip-link" href=${p.href || '#main-content'} data-cyd-root>${words}</a>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        if (p.href && !p.href.startsWith('#')) {
          return [`<cyd-skip-link>: href="${p.href}" must be a link within the page: "#" and the id of the main content, e.g. href="#main-content".`];
        }
        return [];
      }
    : undefined,
});
