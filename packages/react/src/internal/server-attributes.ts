import type { CydElement } from '@cydran/components';
import { LOCALES, isLocale } from '@cydran/i18n';

type PropSpec = (typeof CydElement)['definition']['props'];
type PropDef = PropSpec[string];

/**
 * The attribute a prop is read from: the spec's `attribute`, else the prop
 * in kebab case. The same rule as `attributeName` in
 * @cydran/components' internal/props.ts, which is not a public export;
 * test/react/server-attributes.node.test.ts reads every spec back through
 * the components' own `propsFromAttributes`, so the two cannot drift apart.
 */
function attributeOf(prop: string, def: PropDef): string {
  return def.attribute ?? prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (isRecord(value) && '$$typeof' in value) return 'a React element';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The attributes one spec prop's value is written as, in the form the spec reads them back. */
function attributesOfProp(wrapper: string, prop: string, def: PropDef, value: unknown): [string, string][] {
  const attribute = attributeOf(prop, def);
  const wrong = (wanted: string): Error =>
    new Error(`@cydran/react ${wrapper}: ${prop} is ${describe(value)}; give ${wanted} (it is written as the ${attribute} attribute for server rendering).`);
  switch (def.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong('true or false');
      return value ? [[attribute, '']] : [];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong('a number');
      return [[attribute, String(value)]];
    case 'json':
      return [[attribute, JSON.stringify(value)]];
    case 'text':
      if (typeof value === 'string') return [[attribute, value]];
      // A text in both languages is written as its twins (label-cy, label-en), as an author writes it in HTML.
      if (isRecord(value) && Object.keys(value).every(isLocale) && Object.values(value).every((v) => typeof v === 'string' || v === undefined)) {
        return LOCALES.flatMap((locale) => {
          const text = value[locale];
          return typeof text === 'string' ? [[`${attribute}-${locale}`, text] as [string, string]] : [];
        });
      }
      throw wrong(`text: a string, or one per language such as { en: 'Email address', cy: 'Cyfeiriad e-bost' }`);
    default:
      if (typeof value !== 'string' && typeof value !== 'number') throw wrong('a string');
      return [[attribute, String(value)]];
  }
}

/**
 * The props React's server renderer is given for a wrapper: each prop of the
 * spec as the attributes the element and the server renderer read it from,
 * the wrapper's event handlers left out (nothing to listen to on a server),
 * and everything else (`children`, `id`, `className`, `lang`, `data-*`,
 * `aria-*`) as React would write it.
 */
export function serverAttributes(wrapper: string, spec: PropSpec, props: object, eventProps: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (eventProps.has(key)) continue;
    const def = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (!def) {
      out[key] = value;
      continue;
    }
    if (value === undefined || value === null) continue;
    for (const [name, text] of attributesOfProp(wrapper, key, def, value)) out[name] = text;
  }
  return out;
}
