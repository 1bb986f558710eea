// Every catalogue in the components package, found on disk so a new
// component's messages are checked without anyone remembering to add them:
// no key missing or empty in either language, and no English in the Welsh.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogueProblems } from '@cydran/i18n';

const here = fileURLToPath(new URL('.', import.meta.url));

function catalogueFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) catalogueFiles(path, out);
    else if (name.endsWith('.messages.ts') || (name === 'messages.ts' && dir.endsWith('internal'))) out.push(path);
  }
  return out;
}

/** Words that mark a Welsh string as (partly) English. Names of languages are allowed; words Welsh shares with English (problem, ffeil) are not listed. */
const ENGLISH = /\b(the|your|you|enter|select|error|there is|show|hide|password|file|files|chosen|remaining|too many|skip|main content|characters?|words?|must|fewer|answer|choose|optional|change|back|continue|and|or)\b/i;

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

const files = catalogueFiles(here);

describe('component catalogues', () => {
  it('finds the catalogues', () => {
    assert.ok(files.length >= 1, 'at least the shared form messages');
  });
  for (const file of files) {
    const name = relative(here, file);
    it(`${name}: both languages complete and non-empty`, async () => {
      const module = (await import(pathToFileURL(file).href)) as Record<string, object>;
      assert.ok(module.en && module.cy, `${name} exports en and cy`);
      // A catalogue whose messages take more than a number exports `sampleArgs` for them.
      assert.deepEqual(catalogueProblems({ en: module.en, cy: module.cy }, (module.sampleArgs ?? {}) as Record<string, unknown[][]>), []);
    });
    it(`${name}: Welsh messages contain no English`, async () => {
      const module = (await import(pathToFileURL(file).href)) as Record<string, Record<string, unknown>>;
      const leaks: string[] = [];
      for (const [key, message] of Object.entries(module.cy!)) {
        for (const text of samples(message)) {
          const withoutNames = text.replace(/\bEnglish\b/g, '').replace(/[\w.+-]+@[\w.-]+|https?:\/\/\S+/g, '');
          if (ENGLISH.test(withoutNames)) leaks.push(`${key}: ${text}`);
        }
      }
      assert.deepEqual(leaks, []);
    });
  }
});
