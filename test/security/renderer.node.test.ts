// The security suite's server half (docs/security.md): the payload corpus
// through `renderElement` and `expandHTML` in the attributes of every
// component (targets.ts; which payload goes where: sampleInstances), the
// output read back with parse5. Counts, each 0: throws other than the
// documented TypeErrors, elements or attributes a payload brought in, and
// dangerous URLs in any href/src/action/formaction.
//
// "Brought in" is measured against the same place given a harmless value:
// a payload may change what a component shows (a `start` button gains its
// arrow whatever `start` says), but never give it more <script>, <img>,
// <svg>… than that, nor an on… attribute or one the payloads carry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandHTML, renderElement } from '@cydran/components/server';
import { type HtmlElement, type HtmlParent, elementChildren, parseHTML, queryAll } from '../support/html.js';
import { CANARY, CORPUS, HUGE_PAYLOADS, STRING_PAYLOADS, type StringPayload, URL_ATTRIBUTES, URL_PAYLOADS, isDangerousUrl } from './payloads.js';
import {
  type AttributeTarget,
  type Instance,
  attributeTargets,
  baseAttributes,
  definitionOf,
  definitions,
  missingExamples,
  sampleByComponent,
  sampleInstances,
} from './targets.js';

/** Attributes the payloads would bring in if written unescaped. Any `on…` attribute counts too. */
const INJECTED_ATTRIBUTES = ['data-pwned', 'autofocus', 'x', 'srcdoc', 'formaction', 'lit$123$', 'ontoggle'];
/** Elements the payloads would bring in. */
const INJECTED_ELEMENTS = [
  'script',
  'img',
  'svg',
  'iframe',
  'details',
  'form',
  'button',
  'math',
  'mtext',
  'mglyph',
  'style',
  'table',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'template',
  'textarea',
  'title',
];

interface Baseline {
  /** How many of each INJECTED_ELEMENTS tag the place renders with a harmless value. */
  elements: Map<string, number>;
  attributes: Set<string>;
}

function counts(root: HtmlParent): Map<string, number> {
  const found = new Map<string, number>();
  for (const element of queryAll(root)) if (INJECTED_ELEMENTS.includes(element.tag)) found.set(element.tag, (found.get(element.tag) ?? 0) + 1);
  return found;
}

/** What `target` renders with a harmless value, in either language. */
function baselineOf(target: AttributeTarget): Baseline {
  const elements = new Map<string, number>();
  const attributes = new Set<string>();
  for (const locale of ['en', 'cy']) {
    const root = parseHTML(
      renderElement(target.tag, { ...baseAttributes(definitionOf(target.tag)), [target.attribute]: target.benign }, { locale, onProblem: () => {} }),
    );
    for (const [tag, count] of counts(root)) elements.set(tag, Math.max(count, elements.get(tag) ?? 0));
    for (const element of queryAll(root)) for (const name of element.attributes.keys()) attributes.add(name);
  }
  return { elements, attributes };
}

interface Findings {
  instances: number;
  throws: string[];
  injected: string[];
  dangerousUrls: string[];
}

const noFindings = (): Findings => ({ instances: 0, throws: [], injected: [], dangerousUrls: [] });

/** What a render of a place has that its harmless render has not: the payload's elements and attributes, and dangerous URLs. */
function inspect(root: HtmlParent, baseline: Baseline, context: string, findings: Findings): void {
  for (const [tag, count] of counts(root)) {
    if (count > (baseline.elements.get(tag) ?? 0))
      findings.injected.push(`${context}: <${tag}> ×${count}, ${baseline.elements.get(tag) ?? 0} with a harmless value`);
  }
  for (const element of queryAll(root)) {
    // A Cydran host keeps the author's attributes as given: they are data for
    // the element, not a link or handler the browser acts on.
    if (element.tag.startsWith('cyd-')) continue;
    for (const [name, value] of element.attributes) {
      if (name.startsWith('on') || (INJECTED_ATTRIBUTES.includes(name) && !baseline.attributes.has(name))) {
        findings.injected.push(`${context}: <${element.tag} ${name}>`);
      }
      if (URL_ATTRIBUTES.includes(name) && isDangerousUrl(value)) {
        findings.dangerousUrls.push(`${context}: <${element.tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
  }
}

function attributeMarkup(name: string, value: string, raw: boolean | undefined): string {
  return raw ? `${name}="${value}"` : `${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

/** A host element as an author writes it in a page; a raw payload is written unescaped where it is the whole value. */
function hostMarkup(target: AttributeTarget, payload: StringPayload): string {
  const attributes = { ...baseAttributes(definitionOf(target.tag)) };
  delete attributes[target.attribute];
  const written = Object.entries(attributes).map(([name, value]) => attributeMarkup(name, value, false));
  written.push(attributeMarkup(target.attribute, target.valueWith(payload.value), payload.raw && target.valueWith('') === ''));
  return `<${target.tag} ${written.join(' ')}></${target.tag}>`;
}

function summary(findings: Findings): string {
  const sample = (list: string[]) => list.slice(0, 15).join('\n    ');
  return [
    `${findings.instances} instances: ${findings.throws.length} throws, ${findings.injected.length} injected elements or attributes, ${findings.dangerousUrls.length} dangerous URLs`,
    findings.throws.length ? `  throws:\n    ${sample(findings.throws)}` : '',
    findings.injected.length ? `  injected:\n    ${sample(findings.injected)}` : '',
    findings.dangerousUrls.length ? `  dangerous URLs:\n    ${sample(findings.dangerousUrls)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
const total = (findings: Findings) => findings.throws.length + findings.injected.length + findings.dangerousUrls.length;

describe('security: the server renderer with hostile values', () => {
  const targets = attributeTargets();
  const instances = sampleInstances(targets, CORPUS);
  const baselines = new Map<AttributeTarget, Baseline>();
  const baseline = (target: AttributeTarget) => baselines.get(target) ?? baselines.set(target, baselineOf(target)).get(target)!;
  const kinds = new Set(targets.map((t) => `${t.tag} ${t.kind}`));
  const scale = `${STRING_PAYLOADS.length} payloads, ${targets.length} places (${kinds.size} kinds of place in ${definitions.length} components): ${instances.length} instances`;

  it('has an example shape for every JSON prop, and each renders with no developer problem', () => {
    assert.deepEqual(missingExamples(), [], 'add an example value for these JSON props to test/security/targets.ts');
    for (const definition of definitions) {
      const problems: string[] = [];
      renderElement(definition.tag, baseAttributes(definition), { onProblem: (p) => problems.push(p) });
      assert.deepEqual(problems, [], `<${definition.tag}>'s example values in test/security/targets.ts are wrong or incomplete`);
    }
  });

  it('tries every payload in every kind of place of every component (the big ones in every component), and every place', () => {
    const tried = new Set(instances.flatMap(({ target, payload }) => [`${target.tag} ${target.kind} ${payload.name}`, `${target.tag} ${payload.name}`]));
    const missing = [...kinds].flatMap((kind) =>
      STRING_PAYLOADS.filter((p) => !HUGE_PAYLOADS.includes(p) && !tried.has(`${kind} ${p.name}`)).map((p) => `${kind}: ${p.name}`),
    );
    assert.deepEqual(missing, []);
    assert.deepEqual(
      definitions.flatMap((d) => HUGE_PAYLOADS.filter((p) => !tried.has(`${d.tag} ${p.name}`)).map((p) => `<${d.tag}>: ${p.name}`)),
      [],
    );
    const places = new Set(instances.map(({ target }) => target));
    assert.deepEqual(
      targets.filter((t) => !places.has(t)).map((t) => `<${t.tag}> ${t.where}`),
      [],
    );
    const links = targets.filter((t) => t.link);
    assert.ok(links.length > 20, `${links.length} link places found in the props specs`);
  });

  it('renderElement: each instance, English and Welsh in turn', () => {
    const findings = noFindings();
    for (const { target, payload } of instances) {
      const locale = findings.instances % 2 ? 'cy' : 'en';
      const context = `renderElement('${target.tag}', { ${target.where}: ${JSON.stringify(payload.name)} }, ${locale})`;
      findings.instances++;
      let html: string;
      try {
        html = renderElement(
          target.tag,
          { ...baseAttributes(definitionOf(target.tag)), [target.attribute]: target.valueWith(payload.value) },
          { locale, onProblem: () => {} },
        );
      } catch (error) {
        findings.throws.push(`${context}: ${errorText(error)}`);
        continue;
      }
      inspect(parseHTML(html), baseline(target), context, findings);
    }
    console.log(`renderElement: ${scale}; ${summary(findings)}`);
    assert.equal(total(findings), 0, summary(findings));
  });

  it('expandHTML: every payload in every component, and every URL payload in every link, as written in a page (entities decoded by the parser), many components to a page', () => {
    // expandHTML reads the attributes from markup and then renders as
    // renderElement does (tried above in every kind of place): what is its
    // own is the markup, so each payload is tried in each component.
    const findings = noFindings();
    const sampled = sampleByComponent(targets, CORPUS);
    const pages = new Map<string, Instance<StringPayload>[]>();
    for (const instance of sampled) {
      const key = instance.target.tag;
      pages.set(key, [...(pages.get(key) ?? []), instance]);
    }
    let page = 0;
    for (const [tag, onPage] of pages) {
      const locale = page++ % 2 ? 'cy' : 'en';
      findings.instances += onPage.length;
      const one = (instance: Instance<StringPayload>) =>
        `expandHTML(<${instance.target.tag} ${instance.target.where}=${JSON.stringify(instance.payload.name)}>, ${locale})`;
      let html: string;
      try {
        html = expandHTML(`<div>${onPage.map(({ target, payload }) => hostMarkup(target, payload)).join('')}</div>`, { locale, onProblem: () => {} });
      } catch {
        // Find which ones throw, one by one.
        for (const instance of onPage) {
          try {
            expandHTML(hostMarkup(instance.target, instance.payload), { locale, onProblem: () => {} });
          } catch (error) {
            findings.throws.push(`${one(instance)}: ${errorText(error)}`);
          }
        }
        continue;
      }
      // Each host rendered inside itself: one host per instance, in order, each compared with its own place's baseline.
      const [wrapper] = elementChildren(parseHTML(html));
      const hosts: HtmlElement[] = wrapper ? elementChildren(wrapper) : [];
      if (hosts.length !== onPage.length || hosts.some((host, i) => host.tag !== onPage[i]!.target.tag)) {
        findings.injected.push(`expandHTML page of <${tag}>: ${hosts.length} top-level elements for ${onPage.length} hosts (a payload ended its host)`);
        continue;
      }
      hosts.forEach((host, i) => inspect(host, baseline(onPage[i]!.target), one(onPage[i]!), findings));
    }
    console.log(
      `expandHTML: ${STRING_PAYLOADS.length} payloads, ${targets.length} places in ${definitions.length} components: ${sampled.length} instances, ${pages.size} pages; ${summary(findings)}`,
    );
    assert.equal(total(findings), 0, summary(findings));
  });

  it('finds what a renderer that does not escape lets in (the checks above can fail)', () => {
    // A stand-in for a component that writes a value unescaped into its
    // markup, as text and in attributes quoted each way: the inspection must
    // flag every markup payload that could run script, and every dangerous URL.
    const target = targets.find((t) => t.tag === 'cyd-button' && t.where === 'text')!;
    const markup = STRING_PAYLOADS.filter(
      (p) => p.value.includes(CANARY) && !p.raw && !p.name.startsWith('lit ') && p.name !== 'template expression' && !URL_PAYLOADS.includes(p),
    );
    const urls = URL_PAYLOADS.filter((p) => isDangerousUrl(p.value));
    const missed: string[] = [];
    for (const payload of [...markup, ...urls]) {
      const findings = noFindings();
      const v = payload.value;
      // Each context on its own: an unclosed quote in one would swallow the others.
      for (const unescaped of [
        `<a class="cyd-button" href="${v}">x</a>`,
        `<a class="cyd-button" href='${v}'>x</a>`,
        `<a class="cyd-button" href=${v}>x</a>`,
        `<a class="cyd-button" href="#">${v}</a>`,
      ]) {
        inspect(parseHTML(`<cyd-button>${unescaped}</cyd-button>`), baseline(target), payload.name, findings);
      }
      if (total(findings) === 0) missed.push(payload.name);
    }
    assert.ok(markup.length > 15 && urls.length > 10, `${markup.length} markup and ${urls.length} URL payloads tried`);
    assert.deepEqual(missed, [], 'payloads an unescaping renderer would let through that the inspection does not see');
  });

  it('renderElement refuses attribute names that could end the tag, with a TypeError naming the element', () => {
    const names = [
      'x"><img src="x:" onerror="__cydranPwned(\'attribute name\')">',
      "x'><img src=x:>",
      'a b',
      'a=b',
      'a/b',
      'a>b',
      '"',
      '',
      'a\u0000b',
      'a\u0009b',
      'a\nb',
    ];
    const wrong: string[] = [];
    for (const definition of definitions) {
      for (const name of names) {
        try {
          const html = renderElement(definition.tag, { [name]: 'x' }, { onProblem: () => {} });
          wrong.push(`<${definition.tag}> ${JSON.stringify(name)}: rendered ${html.slice(0, 80)}`);
        } catch (error) {
          if (!(error instanceof TypeError) || !error.message.includes(`<${definition.tag}>`))
            wrong.push(`<${definition.tag}> ${JSON.stringify(name)}: ${errorText(error)}`);
        }
      }
    }
    console.log(`attribute names: ${names.length} names × ${definitions.length} components, ${wrong.length} not refused with a TypeError naming the element`);
    assert.deepEqual(wrong, []);
  });

  it('renders names HTML allows that look odd (`a<b`, `[x]`, `@click`) as one attribute of the host, adding nothing', () => {
    // `<` is allowed in an attribute name (a parse error, but the tokenizer keeps it in the name).
    const wrong: string[] = [];
    for (const definition of definitions) {
      for (const name of ['a<b', '<script', '[x]', '@click', '.prop']) {
        const root = parseHTML(renderElement(definition.tag, { [name]: 'x' }, { onProblem: () => {} }));
        const [host] = elementChildren(root);
        if (!host || host.attributes.get(name) !== 'x' || elementChildren(root).length !== 1) wrong.push(`<${definition.tag}> ${JSON.stringify(name)}`);
        if (queryAll(root, (e) => e.tag === 'script').length > 0) wrong.push(`<${definition.tag}> ${JSON.stringify(name)}: a script element`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('renderElement refuses values that are not strings, numbers or booleans with a TypeError naming the element and attribute', () => {
    const wrong: string[] = [];
    const values: [string, unknown][] = [
      ['an object', { _$litType$: 1, strings: ['<b>'], values: [] }],
      ['an array', ['a']],
      ['a function', () => 'x'],
      ['a symbol', Symbol('x')],
    ];
    for (const target of targets.filter((t) => t.where === t.attribute)) {
      for (const [what, value] of values) {
        try {
          // The renderer's parameter type admits only the right values; this is what a caller in plain JavaScript can pass.
          Reflect.apply(renderElement, undefined, [target.tag, { [target.attribute]: value }, { onProblem: () => {} }]);
          wrong.push(`<${target.tag}> ${target.attribute} = ${what}: rendered`);
        } catch (error) {
          const named = error instanceof TypeError && error.message.includes(`<${target.tag}>`) && error.message.includes(target.attribute);
          if (!named) wrong.push(`<${target.tag}> ${target.attribute} = ${what}: ${errorText(error)}`);
        }
      }
    }
    assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} values not refused clearly`);
  });
});
