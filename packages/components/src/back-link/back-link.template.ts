import { html, nothing, type TemplateResult } from 'lit';
import { resolveText, type Locale } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { backLinkMessages } from './back-link.messages.js';

/** The one list of <cyd-back-link>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const backLinkProps = {
  /**
   * The previous page's address. Give it whenever the server knows it: the
   * link then works with JavaScript off. `href-cy` / `href-en` give the
   * address in each language when a service has one address per language.
   */
  href: { kind: 'text', url: true, plainInPageLanguage: true },
  /**
   * With no `href`: go back in the browser's history. That needs JavaScript,
   * so the server renders the link hidden and the browser shows it only when
   * there is a page to go back to.
   */
  history: { kind: 'boolean' },
  /** Replaces "Back" / "Yn ôl" (`text`, `text-cy`): "Back to your answers". */
  linkText: { kind: 'text', attribute: 'text' },
  /** Use on a dark background (a coloured header or panel): white text and arrow. */
  inverse: { kind: 'boolean' },
} as const satisfies PropSpec;

export type BackLinkProps = Props<typeof backLinkProps>;

/**
 * The one template. `canGoBack` is what the browser knows about its history
 * (the server passes false): a history back link with nowhere to go back to
 * is rendered hidden rather than as a link that does nothing.
 */
export function backLinkTemplate(p: BackLinkProps, locale: Locale, canGoBack: boolean): TemplateResult {
  const href = resolveText(p.href, locale);
  const words = textIn(p.linkText, locale) || backLinkMessages[locale].back;
  const usesHistory = !href && p.history;
  const classes = `cyd-link cyd-back-link${p.inverse ? ' cyd-back-link--inverse' : ''}`;
  return html`<a class=${classes} href=${href || '#'} data-cyd-history=${usesHistory ? '' : nothing} ?hidden=${usesHistory && !canGoBack} data-cyd-root>${words}</a>`;
}

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const backLinkDefinition = defineComponent({
  tag: 'cyd-back-link',
  props: backLinkProps,
  template: (p, locale) => backLinkTemplate(p, locale, false),
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        if (!p.href && !p.history) {
          return [
            '<cyd-back-link> has no href, so it links nowhere. Give the previous page’s address, href="/your-address" (works with JavaScript off), or add history to go back in the browser’s history.',
          ];
        }
        if (p.href && p.history) {
          return ['<cyd-back-link>: history is ignored when href is given (the link goes to href). Remove one of them.'];
        }
        return [];
      }
    : undefined,
});
