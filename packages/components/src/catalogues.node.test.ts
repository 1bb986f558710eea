// Every catalogue in the components package, from the list the generator
// writes from the folders (catalogues.fixture.ts, scripts/generate-components.js),
// so a new component's messages are checked without anyone remembering to add
// them: no key missing or empty in either language, and no English in the Welsh.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueProblems } from '@cydran/i18n';
import { catalogues } from './catalogues.fixture.js';

/** Words that mark a Welsh string as (partly) English. Names of languages are allowed; words Welsh shares with English (problem, ffeil) are not listed. */
const ENGLISH =
  /\b(the|your|you|enter|select|error|there is|show|hide|password|file|files|chosen|remaining|too many|skip|main content|characters?|words?|must|fewer|answer|choose|optional|change|back|continue|and|or)\b/i;

/** Every string a message can produce, trying numbers from each Welsh plural category. */
function samples(message: unknown): string[] {
  if (typeof message === 'string') return [message];
  if (typeof message !== 'function') return [];
  const fn = message as (...args: unknown[]) => unknown;
  const out: string[] = [];
  for (const arg of [0, 1, 2, 3, 6, 7, 'X']) {
    try {
      const result = fn(arg, arg, arg);
      if (typeof result === 'string') out.push(result);
    } catch {
      // A message that needs other arguments is checked by its own tests.
    }
  }
  return out;
}

describe('component catalogues', () => {
  it('finds the catalogues', () => {
    assert.ok('internal/messages.ts' in catalogues, 'at least the shared form messages');
  });
  for (const [name, module] of Object.entries(catalogues)) {
    it(`${name}: both languages complete and non-empty`, () => {
      // A catalogue whose messages take more than a number exports `sampleArgs` for them.
      assert.deepEqual(catalogueProblems({ en: module.en, cy: module.cy }, module.sampleArgs), []);
    });
    it(`${name}: Welsh messages contain no English`, () => {
      const leaks: string[] = [];
      for (const [key, message] of Object.entries(module.cy)) {
        for (const text of samples(message)) {
          const withoutNames = text.replace(/\bEnglish\b/g, '').replace(/[\w.+-]+@[\w.-]+|https?:\/\/\S+/g, '');
          if (ENGLISH.test(withoutNames)) leaks.push(`${key}: ${text}`);
        }
      }
      assert.deepEqual(leaks, []);
    });
  }
});
