import { html, nothing } from 'lit';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { warningTextMessages } from './warning-text.messages.js';

/** The one list of <cyd-warning-text>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const warningTextProps = {
  /** The warning (`text`, `text-cy`). Inline HTML (a link) can go inside the tag instead. */
  words: { kind: 'text', attribute: 'text' },
  /** Replaces the hidden "Warning" / "Rhybudd" that screen readers say before it (GOV.UK's `iconFallbackText`). */
  iconFallbackText: { kind: 'text' },
} as const satisfies PropSpec;

export type WarningTextProps = Props<typeof warningTextProps>;

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const warningTextDefinition = defineComponent({
  tag: 'cyd-warning-text',
  props: warningTextProps,
  template(p, locale, content) {
    const prefix = textIn(p.iconFallbackText, locale) || warningTextMessages[locale].warning;
    // The "!" is decoration: screen readers hear the hidden word instead.
    return html`<div class="cyd-warning-text" data-cyd-root><span class="cyd-warning-text__icon" aria-hidden="true">!</span><strong
        class="cyd-warning-text__text"
        ><span class="cyd-visually-hidden">${prefix}: </span>${textIn(p.words, locale)}<span
          class="cyd-warning-text__content"
          data-cyd-content
        >${content ?? nothing}</span></strong
      ></div>`;
  },
});
