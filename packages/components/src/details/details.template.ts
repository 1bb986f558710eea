import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';

/** The one list of <cyd-details>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const detailsProps = {
  /** The always-visible words a person clicks ("Help with nationality"): `summary-text`, `summary-text-cy`. */
  summaryText: { kind: 'text' },
  /** What it reveals, as one paragraph (`text`, `text-cy`); or put the HTML inside the tag. */
  words: { kind: 'text', attribute: 'text' },
  /** Starts expanded. Follows the person: opening or closing it sets `open`. */
  open: { kind: 'boolean', reflect: true },
} as const satisfies PropSpec;

export type DetailsProps = Props<typeof detailsProps>;

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const detailsDefinition = defineComponent({
  tag: 'cyd-details',
  props: detailsProps,
  template(p, locale, content) {
    const words = textIn(p.words, locale);
    // Native <details>: opens and closes with the keyboard and with JavaScript off.
    return html`<details class="cyd-details" ?open=${p.open} data-cyd-root><summary class="cyd-details__summary"
        ><span class="cyd-details__summary-text">${textIn(p.summaryText, locale)}</span></summary
      ><div class="cyd-details__text">${words ? html`<p class="cyd-details__paragraph">${words}</p>` : nothing}<div
          class="cyd-details__content"
          data-cyd-content
        >${content ?? nothing}</div></div></details>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) =>
        p.summaryText
          ? []
          : [
              '<cyd-details> has no summary-text, so there is nothing to click and screen readers announce an unnamed disclosure. Add summary-text="…" and summary-text-cy="…".',
            ]
    : undefined,
});
