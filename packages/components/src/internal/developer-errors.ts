import type { Locale } from '@cydran/i18n';
import type { PropSpec } from './props.js';
import { INVALID_JSON, type ReadProblem, attributeName, givenLocales, readProblems } from './props.js';

/**
 * Problems with how a developer used a component. Each names the element, the
 * attribute or field, and the fix. The browser reports them with
 * `console.error` (once per element and message); tests and the server
 * renderer can read them as a list.
 */
export function specProblems(tag: string, spec: PropSpec, props: Record<string, unknown>): string[] {
  const problems = (readProblems.get(props) ?? []).map((problem) => readProblemText(tag, problem));
  for (const [prop, def] of Object.entries(spec)) {
    const value = props[prop];
    const attribute = attributeName(prop, def);
    if (def.values && value !== undefined && !def.values.includes(value as string)) {
      problems.push(`<${tag}>: ${attribute}="${String(value)}" is not allowed. Use one of: ${def.values.join(', ')}.`);
    }
    if (def.kind === 'number' && typeof value === 'number' && Number.isNaN(value)) {
      problems.push(`<${tag}>: ${attribute} must be a number.`);
    }
    if (def.kind === 'json' && value && typeof value === 'object' && INVALID_JSON in value) {
      problems.push(
        `<${tag}>: ${attribute} is not valid JSON (${String((value as Record<string, unknown>)[INVALID_JSON]).slice(0, 60)}). ` +
          `Give JSON, e.g. ${attribute}='${def.example ?? '[…]'}', or set the ${prop} property from JavaScript.`,
      );
    }
  }
  return problems;
}

/** A value read wrongly (see `readProps`), as a message naming the element, where, and the fix. */
function readProblemText(tag: string, { where, what, value, wanted }: ReadProblem): string {
  const given = value === undefined ? where : `${where}=${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  if (wanted === 'number') return `<${tag}>: ${where} is ${article} ${what}, not a number, so the default was used. Give a number, like ${where}="3".`;
  if (wanted === 'boolean')
    return `<${tag}>: ${where} is ${article} ${what}, not true or false, so the default was used. Set it to true or false (or add or remove the attribute).`;
  switch (what) {
    case 'url':
      return `<${tag}>: ${given} is not a safe link, so it was replaced by "#". Use an http(s), mailto:, tel:, relative or #fragment URL.`;
    case 'null':
      return `<${tag}>: ${where} is null, so it was left out. Remove it, or give the entry.`;
    case 'key':
      return `<${tag}>: ${where} is not a key Cydran reads, so it was left out. Remove it.`;
    case 'cycle':
    case 'deep':
      return `<${tag}>: ${where} ${what === 'cycle' ? 'contains itself' : 'is nested too deeply'}, so it was left out. Give plain JSON data.`;
    default:
      return `<${tag}>: ${where} is ${article} ${what}, not text, so it was left out. Give a string, or {"en":"…","cy":"…"} for text in both languages.`;
  }
}

let translationWarnings = true;

/**
 * Turns the missing-translation warnings off (or on again). A service that
 * is English-only (or Welsh-only) by decision switches them off once, at
 * start-up: `warnAboutMissingTranslations(false)`.
 */
export function warnAboutMissingTranslations(on: boolean): void {
  translationWarnings = on;
}

/**
 * Author text an element shows in `locale` that was not given in it: the
 * other language's words are shown (marked with their own `lang`), and the
 * developer is told which attribute to add, once per element and attribute.
 */
export function translationProblems(element: Element, spec: PropSpec, locale: Locale): string[] {
  if (!translationWarnings) return [];
  const problems: string[] = [];
  const name = element.getAttribute('name');
  const described = `<${element.localName}${name ? ` name="${name}"` : ''}>`;
  for (const [prop, def] of Object.entries(spec)) {
    if (def.kind !== 'text' || def.plainInPageLanguage) continue;
    const given = givenLocales(prop, element);
    if (given.size === 0 || given.has(locale)) continue;
    const attribute = `${attributeName(prop, def)}-${locale}`;
    problems.push(
      `${attribute} missing on ${described}: its ${attributeName(prop, def)} is shown in ${[...given].join(', ')} on a page in ${locale}. Add ${attribute}="…" (or call warnAboutMissingTranslations(false) in a service that is in one language by decision).`,
    );
  }
  return problems;
}

const reported = new WeakMap<Element, Set<string>>();

export function reportDeveloperErrors(element: Element, problems: readonly string[], level: 'error' | 'warn' = 'error'): void {
  if (problems.length === 0) return;
  let seen = reported.get(element);
  if (!seen) reported.set(element, (seen = new Set()));
  for (const problem of problems) {
    if (seen.has(problem)) continue;
    seen.add(problem);
    console[level](`[cydran] ${problem}`, element);
  }
}
