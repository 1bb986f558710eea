import type { PropertyDeclaration } from 'lit';
import { LOCALES, type Locale, type Text, isLocale, parseText } from '@cydran/i18n';
import { INERT_URL, isSafeUrl } from './safe-url.js';

/**
 * One declaration of a component's public properties drives three things that
 * must agree: the Lit element's reactive properties and attributes, the
 * server renderer's reading of attributes (no DOM there), and the bilingual
 * `name-cy` / `name-en` attributes of author text.
 */
export type PropKind = 'string' | 'boolean' | 'number' | 'text' | 'json' | 'url';

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
  /**
   * A `text` prop that is a link target per language (`href-cy`): each
   * language's URL is checked as a `url` prop's is.
   */
  url?: boolean;
  /** For a `json` prop: the attribute value shown in its developer errors, e.g. `'[{"text":"…","href":"#…"}]'`. */
  example?: string;
}
export type PropSpec = Record<string, PropDef>;

type ValueOf<D extends PropDef> = D extends { kind: 'boolean' }
  ? boolean
  : D extends { kind: 'number' }
    ? number | undefined
    : D extends { kind: 'text' }
      ? Text | undefined
      : D extends { kind: 'json' }
        ? D extends { default: infer V }
          ? V
          : unknown
        : D extends { kind: 'url' }
          ? string | undefined
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

/**
 * A problem found while reading values (an unsafe link, a value of the wrong
 * type), kept with the props it was found in for `specProblems` to report.
 */
export interface ReadProblem {
  /** The attribute, and for a JSON value the path inside it: `errors[0].href`. */
  where: string;
  /** What was wrong: `url` (an unsafe link target) or the kind of value given. */
  what: string;
  value?: string;
  /** For a number or boolean prop: what it takes, for the message. */
  wanted?: 'number' | 'boolean';
}
export const readProblems = new WeakMap<object, ReadProblem[]>();

/** Reads a spec's values off a live element. */
export function readProps<S extends PropSpec>(spec: S, source: object): Props<S> {
  const props: Record<string, unknown> = {};
  const problems: ReadProblem[] = [];
  for (const [prop, def] of Object.entries(spec)) {
    let value: unknown = Reflect.get(source, prop);
    const where = attributeName(prop, def);
    if (def.kind === 'text') {
      const perLocale: Partial<Record<Locale, string>> = {};
      for (const locale of LOCALES) {
        const v: unknown = Reflect.get(source, localeKey(prop, locale));
        if (typeof v === 'string') perLocale[locale] = v;
      }
      value = mergeText(readText(value, where, problems), perLocale);
      if (def.url) value = safeText(value, where, problems);
    } else if (def.kind === 'string' || def.kind === 'url') {
      const read = readString(value, where, problems);
      value = def.kind === 'url' ? safeUrl(read, where, problems) : read;
    } else if (def.kind === 'json') {
      value = cleanJson(value, where, problems, new Set(), 0);
    } else if (def.kind === 'number') {
      value = readNumber(value, where, problems);
    } else if (def.kind === 'boolean') {
      value = readBoolean(value, where, problems);
    }
    props[prop] = value === undefined ? def.default : value;
  }
  if (problems.length > 0) readProblems.set(props, problems);
  return props as Props<S>;
}

/** Any value as text: a number as its digits; an object only as `{"en":…,"cy":…}` of strings. */
function readText(value: unknown, where: string, problems: ReadProblem[]): Text | undefined {
  if (value == null || typeof value !== 'object' || Array.isArray(value)) return readString(value, where, problems);
  const text: Partial<Record<Locale, string>> = {};
  for (const [key, words] of Object.entries(value)) {
    if (!isLocale(key)) {
      problems.push({ where: `${where}.${key}`, what: 'key' });
      continue;
    }
    const read = readString(words, `${where}.${key}`, problems);
    if (read !== undefined) text[key] = read;
  }
  return text;
}

function readString(value: unknown, where: string, problems: ReadProblem[]): string | undefined {
  if (value == null || typeof value === 'string') return value ?? undefined;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  problems.push({ where, what: Array.isArray(value) ? 'array' : typeof value });
  return undefined;
}

/**
 * A number, or a string as an attribute gives it (Number("2MB") is NaN, which
 * each component's own checks then report with its fix); any other type is
 * refused and the default used.
 */
function readNumber(value: unknown, where: string, problems: ReadProblem[]): number | undefined {
  if (value == null || typeof value === 'number') return value ?? undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : Number(value);
  problems.push({ where, what: Array.isArray(value) ? 'array' : typeof value, wanted: 'number' });
  return undefined;
}

/** A boolean; a string or number as an attribute would give it (present = true); anything else refused. */
function readBoolean(value: unknown, where: string, problems: ReadProblem[]): boolean | undefined {
  if (value == null || typeof value === 'boolean') return value ?? undefined;
  if (typeof value === 'string' || typeof value === 'number') return true;
  problems.push({ where, what: Array.isArray(value) ? 'array' : typeof value, wanted: 'boolean' });
  return undefined;
}

function safeUrl(value: string | undefined, where: string, problems: ReadProblem[]): string | undefined {
  if (value === undefined || isSafeUrl(value)) return value;
  problems.push({ where, what: 'url', value });
  return INERT_URL;
}

function safeText(value: unknown, where: string, problems: ReadProblem[]): Text | undefined {
  if (typeof value === 'string') return safeUrl(value, where, problems);
  if (typeof value !== 'object' || value === null) return undefined;
  const text: Partial<Record<Locale, string>> = {};
  for (const [key, url] of Object.entries(value)) {
    if (isLocale(key) && typeof url === 'string') text[key] = safeUrl(url, `${where}.${key}`, problems);
  }
  return text;
}

/** Keys of JSON values that hold link targets: `href`, `changeHref`, `hrefPattern`, `action`. */
const isUrlKey = (key: string): boolean => /^(href|action)$|Href$|^hrefPattern$/.test(key);
const MAX_DEPTH = 32;

/**
 * An author's JSON value as plain data, the same value when nothing needed
 * changing (so a component can keep comparing it): link targets made safe,
 * `null` entries of arrays dropped, and keys Lit reads as its own (a
 * `_$litType$` would make an object a template, `nodeType` a DOM node)
 * or that set a prototype dropped. A cycle, or nesting past any real use,
 * is refused.
 */
function cleanJson(value: unknown, where: string, problems: ReadProblem[], path: Set<object>, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (path.has(value) || depth > MAX_DEPTH) {
    problems.push({ where, what: path.has(value) ? 'cycle' : 'deep' });
    return undefined;
  }
  if (INVALID_JSON in value) return value;
  path.add(value);
  let changed = false;
  let result: unknown;
  if (Array.isArray(value)) {
    const entries: unknown[] = [];
    value.forEach((entry: unknown, i) => {
      const clean = entry == null ? undefined : cleanJson(entry, `${where}[${i}]`, problems, path, depth + 1);
      if (clean === undefined) {
        if (entry == null) problems.push({ where: `${where}[${i}]`, what: 'null' });
        changed = true;
      } else {
        if (clean !== entry) changed = true;
        entries.push(clean);
      }
    });
    result = entries;
  } else {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const at = `${where}.${key}`;
      let clean: unknown;
      if (key.startsWith('_$') || key === 'nodeType' || key === '__proto__') {
        problems.push({ where: at, what: 'key' });
        clean = undefined;
      } else if (isUrlKey(key) && (typeof entry === 'string' || (typeof entry === 'object' && entry !== null && !Array.isArray(entry)))) {
        clean = typeof entry === 'string' ? safeUrl(entry, at, problems) : safeText(entry, at, problems);
      } else {
        clean = cleanJson(entry, at, problems, path, depth + 1);
      }
      if (clean !== entry) changed = true;
      if (clean !== undefined) copy[key] = clean;
    }
    result = copy;
  }
  path.delete(value);
  return changed ? result : value;
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
