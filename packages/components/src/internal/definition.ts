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
  /**
   * For components whose author content goes to several places (a radio
   * option's conditional content): the attribute on an author's child
   * element naming its region, e.g. `data-reveal-for`. The template then
   * receives `RegionContent` and renders a `data-cyd-content="key"`
   * container for each region it can place.
   */
  regionAttribute?: string;
  /**
   * With `regionAttribute`: how an author gives content its place, for the
   * developer error about content that has none (`Give each child
   * data-region="logo" or another region.`). Defaults to the choice
   * groups' wording about options.
   */
  regionHint?: string;
  /**
   * For components whose content is in a language of its own (a notice
   * around English-only content on a Welsh page): that language, so the
   * server renders Cydran elements inside the content in it. The browser
   * needs nothing: the template's `lang` wrapper reaches them there.
   */
  contentLocale?(props: Props<S>): Locale | undefined;
  /**
   * For components whose content is data, not markup to show (a select's
   * `<option>`s): reads the content's elements into props. The server
   * renderer calls it with its parsed content; the element calls it with its
   * children. A prop the author set directly wins over one read here.
   */
  propsFromContent?(content: ContentElement[]): Partial<Props<S>>;
  /**
   * Attributes the server renderer never writes back into the page (a
   * password's `value`): the HTML of a page can be cached, logged or shown
   * in a browser's source view.
   */
  secretAttributes?: readonly string[];
}

/** An element of author content, the same shape from the DOM and from the server's HTML parser. */
export interface ContentElement {
  tag: string;
  attributes: Record<string, string>;
  /** Its text content, white space collapsed and trimmed. */
  text: string;
  children: ContentElement[];
}

/**
 * The author content a region-taking template receives: `main` for children
 * with no region, and one entry per region key present. The server passes
 * the HTML; the browser passes `nothing` and moves the author's own nodes
 * into the containers after rendering.
 */
export interface RegionContent {
  main: unknown;
  regions: ReadonlyMap<string, unknown>;
}

/** How an author places content in `definition`'s regions, for developer errors. */
export function regionHintOf(definition: Pick<ComponentDefinition, 'regionAttribute' | 'regionHint'>): string {
  return definition.regionHint ?? `Wrap each option's content in an element with ${definition.regionAttribute}="<the option's value>".`;
}

/**
 * Whether `definition` reads something from `element` on its own as data (a
 * service navigation's `<a>`): with no region, such an element needs no
 * place, so neither the server nor the browser reports it as misplaced.
 */
export function readsAsData(definition: Pick<ComponentDefinition, 'propsFromContent'>, element: ContentElement): boolean {
  return !!definition.propsFromContent && Object.keys(definition.propsFromContent([element])).length > 0;
}

/** Reads `content` as region content (an empty one for components given none). */
export function asRegionContent(content: unknown): RegionContent {
  if (content && typeof content === 'object' && 'regions' in content && (content as RegionContent).regions instanceof Map) {
    return content as RegionContent;
  }
  return { main: content, regions: new Map() };
}

export function defineComponent<S extends PropSpec>(definition: ComponentDefinition<S>): ComponentDefinition<S> {
  return definition;
}
