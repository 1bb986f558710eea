/**
 * Where the security suite puts its payloads, read from the components'
 * definitions and props specs (packages/components/src/internal/definitions.ts),
 * so a new component, attribute or property is covered without editing the
 * suite: every attribute (a text prop's `-cy` / `-en` twins too), every
 * property, and every string leaf of each JSON prop's example shape.
 *
 * JSON props have no runtime shape in their spec (their default is
 * `undefined`), so their examples are written here. A JSON prop without an
 * example still gets every payload as its whole value; `missingExamples()`
 * names it, and the suite fails until it has one, so no prop goes without
 * its leaves being tried.
 */
import { LOCALES } from '@cydran/i18n';
import type { ComponentDefinition } from '../../packages/components/src/internal/definition.js';
import { definitions } from '../../packages/components/src/internal/definitions.js';
import { type PropDef, attributeName } from '../../packages/components/src/internal/props.js';

const words = (en: string, cy: string) => ({ en, cy });

/** One example value per JSON prop, by prop name and, where two components differ, by tag. */
const JSON_EXAMPLES: Record<string, unknown> = {
  sections: [{ key: 'one', heading: words('Section', 'Adran'), summary: words('Summary', 'Crynodeb'), expanded: true }],
  'cyd-breadcrumbs items': [
    { text: words('Home', 'Hafan'), href: '/' },
    { text: words('Services', 'Gwasanaethau'), href: words('/services', '/gwasanaethau') },
    { text: words('Permits', 'Trwyddedau'), current: true },
  ],
  options: [
    { value: 'one', label: words('One', 'Un'), hint: words('First', 'Cyntaf') },
    { divider: words('or', 'neu') },
    { value: 'none', label: words('None', 'Dim'), exclusive: true },
  ],
  'cyd-select options': [
    { value: 'one', text: words('One', 'Un'), selected: true },
    { label: words('More', 'Rhagor'), options: [{ value: 'two', text: words('Two', 'Dau') }] },
  ],
  messages: { valueMissing: words('Enter it', 'Rhowch ef'), tooLong: 'Too long' },
  errors: [
    { href: '#field', text: words('Enter a name', 'Rhowch enw') },
    { text: 'Service problem', 'text-cy': 'Problem gyda’r gwasanaeth', 'text-en': 'Service problem' },
  ],
  metaLinks: [{ href: words('/help', '/cymorth'), text: words('Help', 'Cymorth') }],
  columns: [{ heading: words('Topics', 'Pynciau'), links: [{ href: '/topics', text: words('All topics', 'Pob pwnc') }] }],
  'cyd-pagination items': [
    { number: 1, href: '/page/1' },
    { number: '2', href: '/page/2', current: true, visuallyHiddenText: words('Page 2', 'Tudalen 2') },
    { ellipsis: true },
  ],
  'cyd-service-navigation items': [{ href: words('/apply', '/gwneud-cais'), text: words('Apply', 'Gwneud cais'), current: true }],
  actions: [{ href: '/change', text: words('Change', 'Newid'), visuallyHiddenText: words('name', 'enw'), kind: 'change' }],
  'cyd-summary-list rows': [
    {
      key: words('Name', 'Enw'),
      value: words('Sam', 'Sam'),
      id: 'name',
      actions: [{ href: '/change-name', text: words('Change', 'Newid'), visuallyHiddenText: words('name', 'enw') }],
    },
    { key: words('Email', 'E-bost'), missing: { href: '/email', text: words('Enter email', 'Rhowch e-bost') } },
  ],
  head: ['Month', { text: words('Rate', 'Cyfradd'), format: 'numeric', sortable: true }],
  'cyd-table rows': [['January', { text: '£85', format: 'numeric', sortValue: '85' }]],
  panels: [{ id: 'first', label: words('First', 'Cyntaf') }],
  'cyd-task-list items': [
    { title: words('Your details', 'Eich manylion'), hint: 'Name', href: '/details', status: 'completed', statusText: words('Done', 'Wedi gwneud') },
  ],
};

/**
 * Attributes some components need to render whole (without them they report
 * a developer problem and leave parts out), by attribute name, or by tag and
 * attribute where one component differs (`null`: not given).
 */
const STRING_EXAMPLES: Record<string, string | null> = {
  name: 'field',
  id: 'example-id',
  href: '/next',
  'available-in': 'en',
  maxlength: '20',
  // Far in the future: the timeout warning never opens or times out during the suite.
  'expires-at': '2099-01-01T00:00:00Z',
  'keep-alive-href': '/session/keep-alive',
  'timed-out-href': '/signed-out',
  // A link button with a name reports that the name does nothing.
  'cyd-button name': null,
  // A skip link goes to the main content of its own page.
  'cyd-skip-link href': '#main-content',
};

function stringExample(tag: string, attribute: string): string | undefined {
  const own = STRING_EXAMPLES[`${tag} ${attribute}`];
  return own === null ? undefined : (own ?? STRING_EXAMPLES[attribute] ?? undefined);
}

export function jsonExample(tag: string, prop: string): unknown {
  return JSON_EXAMPLES[`${tag} ${prop}`] ?? JSON_EXAMPLES[prop];
}

/** Every JSON prop (as `<tag> prop`) with no example shape in this file. */
export function missingExamples(): string[] {
  return jsonProps()
    .filter(({ tag, prop }) => jsonExample(tag, prop) === undefined)
    .map(({ tag, prop }) => `<${tag}> ${prop}`);
}

function jsonProps(): { tag: string; prop: string; def: PropDef }[] {
  return definitions.flatMap((d) =>
    Object.entries<PropDef>(d.props)
      .filter(([, def]) => def.kind === 'json')
      .map(([prop, def]) => ({ tag: d.tag, prop, def })),
  );
}

/**
 * The attributes every instance gets besides the one under attack, so the
 * component renders its whole structure (links, lists, labels): each JSON
 * prop's example and both languages of each text prop.
 */
export function baseAttributes(definition: ComponentDefinition): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [prop, def] of Object.entries<PropDef>(definition.props)) {
    const name = attributeName(prop, def);
    if (def.kind === 'json') {
      const example = jsonExample(definition.tag, prop);
      if (example !== undefined) attributes[name] = JSON.stringify(example);
    } else if (def.kind === 'text') {
      attributes[name] = JSON.stringify(words(`Words for ${prop}`, `Geiriau ar gyfer ${prop}`));
    } else {
      const example = stringExample(definition.tag, name);
      if (example !== undefined) attributes[name] = example;
    }
  }
  return attributes;
}

export interface AttributeTarget {
  tag: `cyd-${string}`;
  /** What is attacked, for reports: `href`, `label-cy`, `errors[0].href`. */
  where: string;
  /** The attribute the payload goes in. */
  attribute: string;
  /** The property of the same prop (for a JSON leaf, the property the whole value is set as). */
  property: string;
  /**
   * What kind of place it is: the prop kind (`string`, `url`, `text`,
   * `boolean`, `number`, `json`), `text twin` for `label-cy`/`label-en`,
   * `json leaf` or `json link` for a string inside a JSON prop. The suite
   * tries every payload on every kind of place of every component.
   */
  kind: string;
  /** A place that is a link target: every URL payload is tried on each. */
  link: boolean;
  /** The attribute's value with `payload` in its place (for a JSON leaf, the example with the payload at that leaf). */
  valueWith(payload: string): string;
  /** A harmless value for the place, rendering all the structure a payload there may: the baseline a render is compared with. */
  benign: string;
}

/** Paths of every string in `value`: `[0, 'href']`. */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

function withLeaf(value: unknown, path: (string | number)[], leaf: string): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? withLeaf(item, rest, leaf) : item));
  const copy: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  copy[String(head)] = withLeaf(copy[String(head)], rest, leaf);
  return copy;
}

const pathText = (path: (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

/** Keys of JSON values that Cydran treats as links (ADR 0018): `href`, `…Href`, `hrefPattern`, `action`, and a language of one. */
const isLinkPath = (path: (string | number)[]): boolean =>
  path.some((key) => typeof key === 'string' && (key === 'href' || key === 'action' || key.endsWith('Href') || key === 'hrefPattern'));

const BENIGN = 'benign';

/** Every attribute target of every component. */
export function attributeTargets(): AttributeTarget[] {
  const targets: AttributeTarget[] = [];
  for (const definition of definitions) {
    for (const [prop, def] of Object.entries<PropDef>(definition.props)) {
      const attribute = attributeName(prop, def);
      const link = def.kind === 'url' || (def.kind === 'text' && def.url === true);
      const plain = { tag: definition.tag, attribute, property: prop, link, valueWith: (payload: string) => payload };
      if (def.kind === 'json') {
        const example = jsonExample(definition.tag, prop);
        targets.push({ ...plain, where: attribute, kind: 'json', benign: JSON.stringify(example ?? null) });
        for (const path of stringLeaves(example)) {
          targets.push({
            tag: definition.tag,
            where: `${attribute}${pathText(path)}`,
            attribute,
            property: prop,
            kind: isLinkPath(path) ? 'json link' : 'json leaf',
            link: isLinkPath(path),
            valueWith: (payload) => JSON.stringify(withLeaf(example, path, payload)),
            benign: JSON.stringify(withLeaf(example, path, BENIGN)),
          });
        }
        continue;
      }
      targets.push({ ...plain, where: attribute, kind: def.kind, benign: BENIGN });
      if (def.kind === 'text') {
        for (const locale of LOCALES)
          targets.push({ ...plain, where: `${attribute}-${locale}`, attribute: `${attribute}-${locale}`, kind: 'text twin', benign: BENIGN });
      }
    }
  }
  return targets;
}

export interface Instance<P, T = AttributeTarget> {
  target: T;
  payload: P;
}

/**
 * Every payload in every group of places (`groupOf`), going round the
 * places of the group so each place is tried with some; then `extra` for
 * each place (payloads every such place must meet). Keyed so no pair is tried twice.
 */
function sample<P extends { name: string }, T>(
  places: readonly T[],
  payloads: readonly P[],
  groupOf: (place: T) => string,
  key: (place: T) => string,
  extra: (place: T) => readonly P[],
): Instance<P, T>[] {
  const chosen = new Map<string, Instance<P, T>>();
  const add = (target: T, payload: P) => chosen.set(`${key(target)} ${payload.name}`, { target, payload });
  const groups = new Map<string, T[]>();
  for (const place of places) groups.set(groupOf(place), [...(groups.get(groupOf(place)) ?? []), place]);
  for (const group of groups.values()) {
    for (let i = 0; i < Math.max(group.length, payloads.length); i++) add(group[i % group.length]!, payloads[i % payloads.length]!);
  }
  for (const place of places) for (const payload of extra(place)) add(place, payload);
  return [...chosen.values()];
}

/** The payload corpus as the sampler takes it. */
export interface Corpus<P> {
  payloads: readonly P[];
  /** Names of payloads every place gets (a script-running payload of each family). */
  core: readonly string[];
  /** Payloads every link place gets. */
  urls: readonly P[];
  /** Payloads costly to render (100 KB, 1,000 levels deep): each in every component rather than every kind of place. */
  big: readonly P[];
}

/**
 * Which payload goes where: not every payload in every place (709 places ×
 * 66 payloads is 46,794 renders, most of them saying again what one render of
 * the same kind of place said), but
 * - every payload in every kind of place of every component (its `url`
 *   props, its `text` props and their twins, each JSON prop's leaves…),
 *   going round the places of that kind so each is tried with some;
 *   the big ones in every component, going round its places;
 * - every place with each core payload, so a place that renders
 *   differently from its kind still meets each family;
 * - every URL payload in every link place.
 */
export function sampleInstances<P extends { name: string }>(targets: readonly AttributeTarget[], corpus: Corpus<P>): Instance<P>[] {
  const corePayloads = corpus.payloads.filter((payload) => corpus.core.includes(payload.name));
  const key = (target: AttributeTarget) => `${target.tag} ${target.where}`;
  return [
    ...sample(
      targets,
      corpus.payloads.filter((payload) => !corpus.big.includes(payload)),
      (target) => `${target.tag} ${target.kind}`,
      key,
      (target) => (target.link ? [...corePayloads, ...corpus.urls] : corePayloads),
    ),
    ...sample(
      targets,
      corpus.big,
      (target) => target.tag,
      key,
      () => [],
    ),
  ];
}

/**
 * A lighter sample, for a path that ends in the same renderer: every payload
 * in every component (going round its places), and every URL payload in
 * every link place.
 */
export function sampleByComponent<P extends { name: string }>(targets: readonly AttributeTarget[], corpus: Corpus<P>): Instance<P>[] {
  return sample(
    targets,
    corpus.payloads,
    (target) => target.tag,
    (target) => `${target.tag} ${target.where}`,
    (target) => (target.link ? corpus.urls : []),
  );
}

export interface PropertyTarget {
  tag: `cyd-${string}`;
  property: string;
  def: PropDef;
}

/** Every property of every component (a text prop's per-language properties are reached through its twin attributes). */
export function propertyTargets(): PropertyTarget[] {
  return definitions.flatMap((d) => Object.entries<PropDef>(d.props).map(([property, def]) => ({ tag: d.tag, property, def })));
}

/** As sampleInstances, for properties: every payload in every kind of property of every component, and each of `core` in every property. */
export function samplePropertyInstances<P extends { name: string }>(
  targets: readonly PropertyTarget[],
  payloads: readonly P[],
  core: readonly string[],
): Instance<P, PropertyTarget>[] {
  const corePayloads = payloads.filter((payload) => core.includes(payload.name));
  return sample(
    targets,
    payloads,
    (target) => `${target.tag} ${target.def.kind}`,
    (target) => `${target.tag} ${target.property}`,
    () => corePayloads,
  );
}

export function definitionOf(tag: string): ComponentDefinition {
  const definition = definitions.find((d) => d.tag === tag);
  if (!definition) throw new Error(`No definition for <${tag}>`);
  return definition;
}

export { definitions };
