import { html, nothing } from 'lit';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';

/** The one list of <cyd-inset-text>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const insetTextProps = {
  /**
   * Its words as one paragraph (`text`, `text-cy`). For more than a
   * paragraph (links, lists), put the HTML inside the tag instead.
   */
  words: { kind: 'text', attribute: 'text' },
} as const satisfies PropSpec;

export type InsetTextProps = Props<typeof insetTextProps>;

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const insetTextDefinition = defineComponent({
  tag: 'cyd-inset-text',
  props: insetTextProps,
  template(p, locale, content) {
    const words = textIn(p.words, locale);
    return html`<div class="cyd-inset-text" data-cyd-root>${words ? html`<p class="cyd-inset-text__text">${words}</p>` : nothing}<div
        class="cyd-inset-text__content"
        data-cyd-content
      >${content ?? nothing}</div></div>`;
  },
});
