import type { TemplateResult, nothing } from 'lit';
import type { Locale } from '@cydran/i18n';
import type { PropSpec, Props } from './props.js';

/**
 * What the browser element and the server renderer share about a component:
 * its tag, its properties, and its template — a pure function of
 * (properties, locale), so both render the same markup.
 *
 * `content` is what the author put inside the tag. The server passes it as
 * HTML; in the browser the element moves the author's own nodes into the
 * template's `data-cyd-content` container after rendering, so they keep their
 * identity, listeners and state.
 */
export interface ComponentDefinition<S extends PropSpec = PropSpec> {
  tag: `cyd-${string}`;
  props: S;
  template(props: Props<S>, locale: Locale, content?: unknown): TemplateResult | typeof nothing;
  /** Developer mistakes a spec cannot express (a missing label, …), each naming the fix. */
  problems?(props: Props<S>): string[];
}

export function defineComponent<S extends PropSpec>(definition: ComponentDefinition<S>): ComponentDefinition<S> {
  return definition;
}
