import type { PropertyDeclaration } from 'lit';
import { LOCALES, type Locale, type Text, parseText } from '@cydran/i18n';

/**
 * One declaration of a component's public properties drives three things that
 * must agree: the Lit element's reactive properties and attributes, the
 * server renderer's reading of attributes (no DOM there), and the bilingual
 * `name-cy` / `name-en` attributes of author text.
 */
export type PropKind = 'string' | 'boolean' | 'number' | 'text' | 'json';

export interface PropDef {
  kind: PropKind;
  /** Attribute name; defaults to the property name in kebab case. */
  attribute?: string;
  /** Allowed values for a `string` prop; anything else is a developer error. */
  values?: readonly string[];
  default?: unknown;
  /** Reflect the property back to its attribute (for CSS hooks). */
  reflect?: boolean;
  /**
   * A `text` prop whose plain value is in the page's language (a server's
   * error message), not English: it is never reported as untranslated.
   */
  plainInPageLanguage?: boolean;
}
export type PropSpec = Record<string, PropDef>;

type ValueOf<D extends PropDef> = D extends { kind: 'boolean' }
  ? boolean
  : D extends { kind: 'number' }
    ? number | undefined
    : D extends { kind: 'text' }
      ? Text | undefined
      : D extends { kind: 'json' }
        ? D extends { default: infer V } ? V : unknown
        : D extends { values: readonly (infer V)[] }
          ? V
          : string | undefined;

/** The typed property values a spec declares. */
export type Props<S extends PropSpec> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export function attributeName(prop: string, def: PropDef): string {
  return def.attribute ?? prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The per-language attribute twins of a text prop: `label-cy`, `label-en`. */
function localeKey(prop: string, locale: Locale): string {
  return `${prop}:${locale}`;
}

const jsonConverter = {
  fromAttribute(value: string | null): unknown {
    if (value == null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return { [INVALID_JSON]: value };
    }
  },
  toAttribute(value: unknown): string {
    return JSON.stringify(value);
  },
};
export const INVALID_JSON = '__cydInvalidJson';

/** Lit `static properties` for a spec, including the per-language twins of text props. */
export function litProperties(spec: PropSpec): Record<string, PropertyDeclaration> {
  const properties: Record<string, PropertyDeclaration> = {};
  for (const [prop, def] of Object.entries(spec)) {
    const attribute = attributeName(prop, def);
    switch (def.kind) {
      case 'boolean':
        properties[prop] = { type: Boolean, attribute, reflect: def.reflect ?? false };
        break;
      case 'number':
        properties[prop] = { type: Number, attribute, reflect: def.reflect ?? false };
        break;
      case 'text':
        properties[prop] = { attribute, converter: { fromAttribute: parseText } };
        for (const locale of LOCALES) {
          properties[localeKey(prop, locale)] = { attribute: `${attribute}-${locale}` };
        }
        break;
      case 'json':
        properties[prop] = { attribute, converter: jsonConverter };
        break;
      default:
        properties[prop] = { type: String, attribute, reflect: def.reflect ?? false };
    }
  }
  return properties;
}

/** Merges `label` with `label-cy`/`label-en` into one Text. */
function mergeText(plain: Text | undefined, perLocale: Partial<Record<Locale, string>>): Text | undefined {
  const given = LOCALES.filter((l) => perLocale[l] != null);
  if (given.length === 0) return plain;
  const merged: Partial<Record<Locale, string>> = typeof plain === 'object' ? { ...plain } : {};
  for (const locale of LOCALES) {
    merged[locale] = perLocale[locale] ?? merged[locale] ?? (typeof plain === 'string' ? plain : undefined);
  }
  return merged;
}

/** Reads a spec's values off a live element. */
export function readProps<S extends PropSpec>(spec: S, source: object): Props<S> {
  const props: Record<string, unknown> = {};
  for (const [prop, def] of Object.entries(spec)) {
    let value: unknown = Reflect.get(source, prop);
    if (def.kind === 'text') {
      const perLocale: Partial<Record<Locale, string>> = {};
      for (const locale of LOCALES) {
        const v: unknown = Reflect.get(source, localeKey(prop, locale));
        if (typeof v === 'string') perLocale[locale] = v;
      }
      value = mergeText(isText(value) ? value : undefined, perLocale);
    }
    props[prop] = value === undefined ? def.default : value;
  }
  return props as Props<S>;
}

function isText(value: unknown): value is Text {
  return typeof value === 'string' || (typeof value === 'object' && value !== null);
}

/**
 * Which languages a text prop was given in explicitly on `source`: its
 * `-cy`/`-en` twins, the keys of a JSON value, and for a plain string,
 * English (a plain attribute is the English text unless a twin says
 * otherwise: see docs/guides/messages.md).
 */
export function givenLocales(prop: string, source: object): Set<Locale> {
  const given = new Set<Locale>();
  const value: unknown = Reflect.get(source, prop);
  if (typeof value === 'string' && value !== '') given.add('en');
  else if (typeof value === 'object' && value !== null) {
    for (const locale of LOCALES) if (typeof Reflect.get(value, locale) === 'string') given.add(locale);
  }
  for (const locale of LOCALES) if (typeof Reflect.get(source, localeKey(prop, locale)) === 'string') given.add(locale);
  return given;
}

/**
 * Reads a spec's values from HTML attributes, for the server renderer, the
 * same way Lit's converters read them in the browser.
 */
export function propsFromAttributes<S extends PropSpec>(spec: S, attributes: Record<string, string | undefined>): Props<S> {
  const source: Record<string, unknown> = {};
  for (const [prop, def] of Object.entries(spec)) {
    const raw = attributes[attributeName(prop, def)];
    switch (def.kind) {
      case 'boolean':
        source[prop] = raw !== undefined;
        break;
      case 'number':
        source[prop] = raw === undefined || raw.trim() === '' ? undefined : Number(raw);
        break;
      case 'text':
        source[prop] = parseText(raw ?? null);
        for (const locale of LOCALES) {
          source[localeKey(prop, locale)] = attributes[`${attributeName(prop, def)}-${locale}`];
        }
        break;
      case 'json':
        source[prop] = raw === undefined ? undefined : jsonConverter.fromAttribute(raw);
        break;
      default:
        source[prop] = raw;
    }
  }
  return readProps(spec, source);
}

/** Applies the spec's defaults to a new element (Lit has no declarative defaults). */
export function applyDefaults(spec: PropSpec, target: object): void {
  for (const [prop, def] of Object.entries(spec)) {
    if (Reflect.get(target, prop) !== undefined) continue;
    if (def.default !== undefined) Reflect.set(target, prop, def.default);
    else if (def.kind === 'boolean') Reflect.set(target, prop, false);
  }
}
