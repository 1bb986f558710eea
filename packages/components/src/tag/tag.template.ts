import { html, nothing } from 'lit';
import { defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';

/** The status colours a tag comes in; each passes 4.5:1 for its text (tag.test.ts measures them). */
export const tagColours = ['grey', 'green', 'turquoise', 'blue', 'light-blue', 'purple', 'pink', 'red', 'orange', 'yellow'] as const;
export type TagColour = (typeof tagColours)[number];

/** The one list of <cyd-tag>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const tagProps = {
  /** The status (`text`, `text-cy`): "Completed" / "Wedi'i gwblhau". Or put the words inside the tag. */
  words: { kind: 'text', attribute: 'text' },
  /** Its colour; without it, blue. Colour is never the only sign: the words say the status. */
  colour: { kind: 'string', values: tagColours },
} as const satisfies PropSpec;

export type TagProps = Props<typeof tagProps>;

/** Shared by the browser element and the server renderer: the same markup from the same function. */
export const tagDefinition = defineComponent({
  tag: 'cyd-tag',
  props: tagProps,
  template(p, locale, content) {
    return html`<strong class="cyd-tag${p.colour ? ` cyd-tag--${p.colour}` : ''}" data-cyd-root
      >${textIn(p.words, locale)}<span class="cyd-tag__content" data-cyd-content>${content ?? nothing}</span></strong
    >`;
  },
  // A colour not in the list is reported by the spec's `values` check.
});
