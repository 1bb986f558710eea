import type { PropSpec } from './props.js';
import { INVALID_JSON, attributeName } from './props.js';

/**
 * Problems with how a developer used a component. Each names the element, the
 * attribute or field, and the fix. The browser reports them with
 * `console.error` (once per element and message); tests and the server
 * renderer can read them as a list.
 */
export function specProblems(tag: string, spec: PropSpec, props: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [prop, def] of Object.entries(spec)) {
    const value = props[prop];
    const attribute = attributeName(prop, def);
    if (def.values && value !== undefined && !def.values.includes(value as string)) {
      problems.push(
        `<${tag}>: ${attribute}="${String(value)}" is not allowed. Use one of: ${def.values.join(', ')}.`,
      );
    }
    if (def.kind === 'number' && typeof value === 'number' && Number.isNaN(value)) {
      problems.push(`<${tag}>: ${attribute} must be a number.`);
    }
    if (def.kind === 'json' && value && typeof value === 'object' && INVALID_JSON in value) {
      problems.push(
        `<${tag}>: ${attribute} is not valid JSON (${String((value as Record<string, unknown>)[INVALID_JSON]).slice(0, 60)}). ` +
          `Give JSON, e.g. ${attribute}='{"en":"…","cy":"…"}', or set the ${prop} property from JavaScript.`,
      );
    }
  }
  return problems;
}

const reported = new WeakMap<Element, Set<string>>();

export function reportDeveloperErrors(element: Element, problems: readonly string[]): void {
  if (problems.length === 0) return;
  let seen = reported.get(element);
  if (!seen) reported.set(element, (seen = new Set()));
  for (const problem of problems) {
    if (seen.has(problem)) continue;
    seen.add(problem);
    console.error(`[cydran] ${problem}`, element);
  }
}
