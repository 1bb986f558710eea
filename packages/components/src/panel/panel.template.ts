import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { heading, headingLevelOf } from './heading.js';
import { panelMessages } from './panel.messages.js';

/** The one list of <cyd-panel>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const panelProps = {
  /** The confirmation ("Application complete" / "Cais wedi'i gwblhau"): `title-text`, `title-text-cy`. */
  titleText: { kind: 'text' },
  /** The title's heading level, 1 to 6. On a confirmation page it is the page's `<h1>`. */
  headingLevel: { kind: 'number', default: 1 },
  /** Words under the title (`text`, `text-cy`); or put the HTML inside the tag. */
  words: { kind: 'text', attribute: 'text' },
  /** The reference the person should keep ("HDJ2123F"), shown in bold after its label. */
  reference: { kind: 'string' },
  /** Replaces "Your reference number" / "Eich rhif cyfeirnod". */
  referenceLabel: { kind: 'text' },
} as const satisfies PropSpec;

export type PanelProps = Props<typeof panelProps>;

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const panelDefinition = defineComponent({
  tag: 'cyd-panel',
  props: panelProps,
  template(p, locale, content) {
    const words = textIn(p.words, locale);
    const label = textIn(p.referenceLabel, locale) || panelMessages[locale].referenceLabel;
    // The reference is text in the page, not a picture or generated content,
    // so screen readers read it and people can copy it. The line break is
    // inside its own element, so the label and the number read as one phrase.
    return html`<div class="cyd-panel cyd-panel--confirmation" data-cyd-root>${heading(
      headingLevelOf(p.headingLevel, 1),
      'cyd-panel__title',
      undefined,
      textIn(p.titleText, locale),
    )}<div class="cyd-panel__body">${words ? html`<p class="cyd-panel__text">${words}</p>` : nothing}${
      p.reference ? html`<p class="cyd-panel__reference-line">${label}<br /><strong class="cyd-panel__reference">${p.reference}</strong></p>` : nothing
    }<div class="cyd-panel__content" data-cyd-content>${content ?? nothing}</div></div></div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.titleText) {
          problems.push(
            '<cyd-panel> has no title-text, so it confirms nothing. Add title-text="Application complete" and title-text-cy="Cais wedi’i gwblhau".',
          );
        }
        if (p.headingLevel !== undefined && headingLevelOf(p.headingLevel, 1) !== p.headingLevel) {
          problems.push(`<cyd-panel>: heading-level="${p.headingLevel}" is not a heading level. Use a whole number from 1 to 6 (1 on a confirmation page).`);
        }
        return problems;
      }
    : undefined,
});
