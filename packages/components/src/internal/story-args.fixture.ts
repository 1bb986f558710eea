/**
 * Stories build their element from the component's own props spec, so a
 * story's arguments, their controls and the attributes they set cannot drift
 * from the component. Author text is given in both languages: `label` and
 * `labelCy` become `label` and `label-cy`; the toolbar's language picks.
 * (A `.fixture.ts` file: for stories only, never shipped.)
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { noChange, type TemplateResult } from 'lit';
import { Directive, type ElementPart, type PartInfo, PartType, directive } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ComponentDefinition } from './definition.js';
import { type PropDef, type PropSpec, attributeName } from './props.js';

type ArgOf<D extends PropDef> = D extends { kind: 'boolean' }
  ? boolean
  : D extends { kind: 'number' }
    ? number
    : D extends { kind: 'json' }
      ? unknown
      : D extends { values: readonly (infer V)[] }
        ? V
        : string;

type TextProps<S extends PropSpec> = { [K in keyof S]: S[K] extends { kind: 'text' } ? K : never }[keyof S] & string;

/** A story's arguments: each prop, plus `<prop>Cy` for each author-text prop. */
export type StoryArgs<S extends PropSpec> = { [K in keyof S]?: ArgOf<S[K]> } & { [K in TextProps<S> as `${K}Cy`]?: string };

/** The attribute an argument sets, or undefined for an argument the spec does not know. */
function attributeFor(spec: PropSpec, arg: string): string | undefined {
  const def = spec[arg];
  if (def) return attributeName(arg, def);
  const base = arg.endsWith('Cy') ? arg.slice(0, -2) : '';
  const baseDef = spec[base];
  return baseDef?.kind === 'text' ? `${attributeName(base, baseDef)}-cy` : undefined;
}

/** Sets an element's attributes from a map, adding, changing and removing as the map changes. */
class AttributesDirective extends Directive {
  #set = new Set<string>();
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }
  render(_attributes: Record<string, string>): unknown {
    return noChange;
  }
  override update(part: ElementPart, [attributes]: [Record<string, string>]): unknown {
    for (const name of this.#set) if (!(name in attributes)) part.element.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) part.element.setAttribute(name, value);
    this.#set = new Set(Object.keys(attributes));
    return noChange;
  }
}
const attributes = directive(AttributesDirective);

/**
 * The element with the arguments as attributes, as an author would write it
 * in HTML. `content` is the HTML the author puts inside the tag (options,
 * button words). A template, not a new element, so a re-render (the toolbar's
 * language switch) updates the same element and keeps what was typed.
 */
export function elementFromArgs<S extends PropSpec>(definition: ComponentDefinition<S>, args: StoryArgs<S>, content = ''): TemplateResult {
  const map: Record<string, string> = {};
  for (const [arg, value] of Object.entries(args)) {
    // Storybook's actions for the manifest's events (onInvalid…) are listeners, not attributes.
    if (typeof value === 'function' && /^on[A-Z]/.test(arg)) continue;
    const attribute = attributeFor(definition.props, arg);
    if (!attribute) throw new Error(`Story for <${definition.tag}>: "${arg}" is not one of its properties.`);
    if (value === undefined || value === false || value === '') continue;
    map[attribute] = value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  const tag = unsafeStatic(definition.tag);
  return staticHtml`<${tag} ${attributes(map)}>${unsafeHTML(content)}</${tag}>`;
}

/** Controls for the toolbar: a select for props with fixed values, a switch for booleans. */
export function argTypesFor(spec: PropSpec): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const [prop, def] of Object.entries(spec)) {
    if (def.values) argTypes[prop] = { control: def.values.length <= 3 ? 'inline-radio' : 'select', options: [...def.values] };
    else if (def.kind === 'boolean') argTypes[prop] = { control: 'boolean' };
    else if (def.kind === 'number') argTypes[prop] = { control: 'number' };
  }
  return argTypes;
}
