import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PRINCIPAL_COUNCILS } from '@cydran/data-model';
import { parseFormDefinition } from './parse.js';
import type { FormDefinition } from './types.js';

async function example(name: string): Promise<FormDefinition> {
  const json = await readFile(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
  const result = parseFormDefinition(json);
  assert.deepEqual(result.ok ? [] : result.problems, [], `${name} has problems`);
  assert.ok(result.ok);
  return result.form;
}

for (const name of ['blue-badge.json', 'missed-bin.json', 'consultation.json']) {
  test(`${name} is a valid bilingual definition`, async () => {
    const form = await example(name);
    assert.deepEqual(form.languages, ['en', 'cy']);
  });
}

test('missed-bin offers exactly the 22 principal councils, in both languages, as data-model lists them', async () => {
  const form = await example('missed-bin.json');
  const council = form.pages[0]!.questions[0]!;
  assert.equal(council.type, 'one-of');
  if (council.type !== 'one-of') return;
  assert.equal(council.display, 'autocomplete');
  assert.equal(council.options.length, 22);
  assert.deepEqual(
    council.options.map((option) => ({ value: option.value, label: option.label })),
    PRINCIPAL_COUNCILS.map((c) => ({ value: c.code, label: { en: c.name.en, cy: c.name.cy } })),
  );
});

test('the consultation is anonymous and uses the survey types', async () => {
  const form = await example('consultation.json');
  assert.equal(form.anonymous, true);
  const types = form.pages.flatMap((page) => page.questions.map((q) => q.type));
  for (const type of ['likert', 'rating', 'comment'] as const) assert.ok(types.includes(type), type);
});

test('the blue badge form branches, asks dates, a file, and has a declaration', async () => {
  const form = await example('blue-badge.json');
  assert.ok(form.pages.some((page) => page.routes));
  assert.ok(form.pages.some((page) => page.exit));
  const types = form.pages.flatMap((page) => page.questions.map((q) => q.type));
  assert.ok(types.includes('date') && types.includes('file'));
  assert.ok(form.declaration?.cy);
});
