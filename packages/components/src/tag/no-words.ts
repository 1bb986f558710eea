import { reportDeveloperErrors } from '../internal/developer-errors.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { contentContainer } from '../internal/upgrade.js';

/**
 * In development builds: reports an element that shows no words, neither
 * from its text attribute nor as content. Called after the first update,
 * when the author's content is in its container (a template's `problems()`
 * sees the props only, not the content).
 */
export function reportIfNoWords(element: Element, hasText: boolean, problem: string): void {
  if (!DEV_MODE || hasText) return;
  if ((contentContainer(element)?.textContent ?? '').trim() !== '') return;
  reportDeveloperErrors(element, [problem]);
}
