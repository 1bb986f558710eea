/**
 * The project's own corpus of hostile input, for the security suite
 * (docs/security.md). Shared by the browser run (browser.test.ts) and the
 * server renderer's (renderer.node.test.ts), so both try the same things.
 *
 * Every payload that could run script calls the canary `__cydranPwned`
 * with its own name: the browser suite defines that function and counts the
 * calls, so one execution names the payload that got through.
 */

/** The global function every script-running payload calls. */
export const CANARY = '__cydranPwned';

export interface StringPayload {
  name: string;
  value: string;
  /**
   * Write the value into HTML markup as it is (not escaped), because the
   * point is what the HTML parser makes of it: `&#106;avascript:` is
   * `javascript:` once an attribute is parsed. Only for values with no `"`.
   */
  raw?: boolean;
}

const call = (name: string) => `${CANARY}('${name}')`;

/** Markup and attribute-breakout payloads: each would add an element or attribute, or run script, if written unescaped. */
export const MARKUP_PAYLOADS: readonly StringPayload[] = [
  { name: 'script element', value: `<script>${call('script element')}</script>` },
  { name: 'img onerror', value: `<img src="x:" onerror="${call('img onerror')}">` },
  { name: 'svg onload', value: `<svg onload="${call('svg onload')}"></svg>` },
  { name: 'iframe srcdoc', value: `<iframe srcdoc="<script>parent.${call('iframe srcdoc')}</script>"></iframe>` },
  { name: 'details ontoggle', value: `<details open ontoggle="${call('details ontoggle')}"></details>` },
  { name: 'double-quote breakout', value: `" data-pwned="1" onfocus="${call('double-quote breakout')}" autofocus x="` },
  { name: 'single-quote breakout', value: `' data-pwned='1' onfocus='${call('single-quote breakout')}' autofocus x='` },
  { name: 'unquoted breakout', value: `x data-pwned=1 onmouseover=${call('unquoted breakout')}` },
  { name: 'tag close breakout', value: `"></a></button><img src="x:" data-pwned onerror="${call('tag close breakout')}">` },
  { name: 'textarea breakout', value: `</textarea><img src="x:" onerror="${call('textarea breakout')}">` },
  { name: 'title breakout', value: `</title><img src="x:" onerror="${call('title breakout')}">` },
  { name: 'style breakout', value: `</style><img src="x:" onerror="${call('style breakout')}">` },
  { name: 'template breakout', value: `</template><img src="x:" onerror="${call('template breakout')}">` },
  { name: 'comment breakout', value: `--><img src="x:" onerror="${call('comment breakout')}"><!--` },
  { name: 'cdata breakout', value: `]]><img src="x:" onerror="${call('cdata breakout')}">` },
  { name: 'math namespace confusion', value: `<math><mtext><table><mglyph><style><img src="x:" onerror="${call('math namespace confusion')}">` },
  { name: 'form with formaction', value: `<form><button formaction="javascript:${call('form with formaction')}">x</button></form>` },
  { name: 'lit marker comment', value: `<?lit$123$><!--?lit$123$--><img src="x:" onerror="${call('lit marker comment')}">` },
  { name: 'lit marker attribute', value: `lit$123$ lit$123$=1 x$lit$` },
  { name: 'template expression', value: `\${${call('template expression')}}{{constructor.constructor("${call('template expression')}")()}}` },
  { name: 'entity-encoded markup', value: `&lt;img src=x: onerror=${call('entity-encoded markup')}&gt;`, raw: true },
];

/** Dangerous and obfuscated URLs: each runs script (or loads a document of the attacker's) when a link with it is followed. */
export const URL_PAYLOADS: readonly StringPayload[] = [
  { name: 'javascript:', value: `javascript:${call('javascript:')}` },
  { name: 'javascript: mixed case', value: `JaVaScRiPt:${call('javascript: mixed case')}` },
  { name: 'javascript: leading spaces', value: `   javascript:${call('javascript: leading spaces')}` },
  { name: 'javascript: leading C0 control', value: `\u0001\u0008javascript:${call('javascript: leading C0 control')}` },
  { name: 'javascript: trailing spaces', value: `javascript:${call('javascript: trailing spaces')}   ` },
  { name: 'javascript: tab split', value: `java\tscript:${call('javascript: tab split')}` },
  { name: 'javascript: newline split', value: `java\nscr\ript:${call('javascript: newline split')}` },
  { name: 'javascript: percent-encoded body', value: `javascript:${CANARY}%28%27javascript%3A%20percent-encoded%20body%27%29` },
  { name: 'javascript: percent-encoded scheme', value: `%6A%61%76%61%73%63%72%69%70%74:${call('javascript: percent-encoded scheme')}` },
  // A valid URL (its "host" has no space or colon), so the browser follows it: the comment ends at the newline.
  { name: 'javascript: with //', value: `javascript://%0A${CANARY}(%27javascript%3A%20with%20%2F%2F%27)` },
  { name: 'javascript: entity-encoded', value: `&#106;&#97;vascript&colon;${call('javascript: entity-encoded')}`, raw: true },
  { name: 'javascript: hex entity with tab', value: `&#x6A;ava&#x09;script&#x3A;${call('javascript: hex entity with tab')}`, raw: true },
  { name: 'data: html', value: `data:text/html,<script>parent.${call('data: html')}</script>` },
  { name: 'data: base64', value: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'data: mixed case', value: ' DaTa:text/html,<b>x</b>' },
  { name: 'vbscript:', value: 'vbscript:msgbox("pwned")' },
  { name: 'vbscript: mixed case', value: 'VbScRiPt:msgbox("pwned")' },
  { name: 'lone percent', value: '/apply?next=%E0%A4%A' },
];

/**
 * Text that is JSON of the wrong shape: Lit template-result and directive
 * look-alikes, wrong types, prototype-pollution keys. Given to every
 * attribute (a JSON prop parses it; a text prop's `{…}` form does too).
 */
const litLookalike = { _$litType$: 1, strings: [`<img src="x:" onerror="${call('lit template result')}">`], values: [] };
export const JSON_PAYLOADS: readonly StringPayload[] = [
  { name: 'lit template result', value: JSON.stringify(litLookalike) },
  { name: 'lit svg result', value: JSON.stringify({ ...litLookalike, _$litType$: 2 }) },
  { name: 'lit directive result', value: JSON.stringify({ _$litDirective$: { name: 'x' }, values: [] }) },
  { name: 'lit static value', value: JSON.stringify({ _$litStatic$: `<img src="x:" onerror="${call('lit static value')}">`, r: {} }) },
  { name: 'lit result in text', value: JSON.stringify({ en: litLookalike, cy: litLookalike }) },
  { name: 'lit result in list', value: JSON.stringify([litLookalike, { text: litLookalike, label: litLookalike, href: litLookalike }]) },
  { name: 'number', value: '42' },
  { name: 'negative number', value: '-1e308' },
  { name: 'boolean', value: 'true' },
  { name: 'null', value: 'null' },
  { name: 'empty array', value: '[]' },
  { name: 'array of null', value: '[null]' },
  { name: 'array of numbers', value: '[1,2,3]' },
  { name: 'nested arrays', value: '[[[]],[[null]]]' },
  { name: 'empty object', value: '{}' },
  { name: 'object of wrong types', value: JSON.stringify({ en: 42, cy: { x: [] } }) },
  { name: 'items of wrong types', value: JSON.stringify([{ text: 42, href: 7, label: [], value: {}, key: null, heading: true, id: {} }]) },
  { name: '__proto__ key', value: '{"__proto__":{"polluted":1}}' },
  { name: '__proto__ in a list', value: '[{"__proto__":{"polluted":1},"text":"a","href":"#a","value":"a","label":"a"}]' },
  { name: 'constructor.prototype', value: '{"constructor":{"prototype":{"polluted":1}}}' },
  { name: 'constructor.prototype in a list', value: '[{"constructor":{"prototype":{"polluted":1}},"text":"a","value":"a","label":"a"}]' },
  { name: 'prototype member names', value: JSON.stringify({ toString: 'x', valueOf: 'y', hasOwnProperty: 'z', en: 'a' }) },
  { name: 'invalid JSON', value: '{"en": "unfinished' },
];

/** Big values, bounded so the suite stays fast: a 100 KB string and 1,000 levels of nesting. */
export const HUGE_PAYLOADS: readonly StringPayload[] = [
  { name: '100 KB string', value: 'a<'.repeat(50_000) },
  { name: 'nested arrays, depth 1,000', value: `${'['.repeat(1000)}${']'.repeat(1000)}` },
  { name: 'nested objects, depth 1,000', value: `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}` },
  { name: 'nested text objects, depth 1,000', value: `${'{"en":'.repeat(1000)}"x"${'}'.repeat(1000)}` },
];

export const STRING_PAYLOADS: readonly StringPayload[] = [...MARKUP_PAYLOADS, ...URL_PAYLOADS, ...JSON_PAYLOADS, ...HUGE_PAYLOADS];

/** String payloads of each family every place gets, besides its share of the whole corpus (see targets.ts sampleInstances). */
export const CORE_PAYLOADS: readonly string[] = ['img onerror', 'double-quote breakout', 'tag close breakout', 'javascript:', 'lit template result'];

/** The corpus as the security suite samples it (targets.ts sampleInstances). */
export const CORPUS = { payloads: STRING_PAYLOADS, core: CORE_PAYLOADS, urls: URL_PAYLOADS, big: HUGE_PAYLOADS };
/** The same for properties (see propertyPayloads). */
export const CORE_PROPERTY_PAYLOADS: readonly string[] = ['lit template result', 'cyclic object', 'object with hostile toString', 'javascript:'];

/**
 * Values of the wrong type for a property set from script (a developer's
 * mistake or a back end's unchecked data), beside the string payloads.
 */
export function propertyPayloads(): { name: string; value: unknown }[] {
  const cyclic: Record<string, unknown> = { en: 'a', text: 'a', href: '#a' };
  cyclic.self = cyclic;
  cyclic.cy = cyclic;
  const cyclicList: unknown[] = [];
  cyclicList.push(cyclicList, cyclic);
  const values: { name: string; value: unknown }[] = [
    { name: 'number', value: 42 },
    { name: 'NaN', value: Number.NaN },
    { name: 'boolean', value: true },
    { name: 'null', value: null },
    { name: 'array', value: ['a', 1, null] },
    { name: 'object', value: { a: 1 } },
    { name: 'text object of wrong types', value: { en: 42, cy: ['x'] } },
    { name: 'lit template result', value: litLookalike },
    { name: 'lit result in text', value: { en: litLookalike, cy: litLookalike } },
    { name: 'lit result in list', value: [litLookalike, { text: litLookalike, label: litLookalike, href: litLookalike, value: litLookalike }] },
    { name: 'lit directive result', value: { _$litDirective$: { name: 'x' }, values: [] } },
    { name: 'cyclic object', value: cyclic },
    { name: 'cyclic list', value: cyclicList },
    { name: 'Object.create(null)', value: Object.create(null) },
    { name: 'object with hostile toString', value: { toString: () => `<img src="x:" onerror="${call('hostile toString')}">` } },
  ];
  return [...values, ...STRING_PAYLOADS.filter((p) => !p.raw).map((p) => ({ name: p.name, value: p.value }))];
}

/** The schemes a link followed in a page must never have. */
const DANGEROUS_SCHEMES = new Set(['javascript:', 'vbscript:', 'data:']);

/**
 * Whether `value`, as the `href`/`src`/`action` of an element, would run
 * script or load a document of the attacker's: parsed the way the browser
 * parses it (leading C0 controls and spaces dropped, tabs and newlines
 * removed, scheme case-folded), against `base`.
 */
export function isDangerousUrl(value: string, base = 'https://council.example/'): boolean {
  // Erring on the side of danger: a value whose scheme reads as a dangerous
  // one counts even if the URL parser refuses the rest of it.
  const scheme = [...value.trim()]
    .filter((c) => c !== '\t' && c !== '\n' && c !== '\r' && c.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase();
  if ([...DANGEROUS_SCHEMES].some((dangerous) => scheme.startsWith(dangerous))) return true;
  try {
    return DANGEROUS_SCHEMES.has(new URL(value, base).protocol);
  } catch {
    // Not a URL the browser can follow.
    return false;
  }
}

/** Attributes that hold a URL the browser loads or navigates to. */
export const URL_ATTRIBUTES: readonly string[] = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
  'data',
  'ping',
  'background',
  'cite',
];

/** The canary's name in each payload that calls it, for reporting which payload ran. */
export function payloadNamed(name: string): StringPayload | undefined {
  return STRING_PAYLOADS.find((payload) => payload.name === name);
}
