import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PRINCIPAL_COUNCILS } from '@cydran/data-model';
import fc from 'fast-check';
import { parseFormDefinition } from './parse.js';
import { answerSummary, canReachCheckAnswers, fieldNames, findPage, previousPageId, validatePage, visiblePages } from '../engine/index.js';
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

test('blue badge journey: PIP skips the walking question; not living in Wales ends at the exit page', async () => {
  const form = await example('blue-badge.json');
  const base = { 'who-for': 'myself', 'live-in-wales': true, 'full-name': 'Siân Jones', 'date-of-birth': '1960-03-27', email: 'sian@example.com' };
  const proof = { name: 'letter.pdf', type: 'application/pdf', size: 2048, sha256: 'abc', storageKey: 'k1' };
  const withPip = { ...base, pip: true, proof };
  assert.deepEqual(
    visiblePages(form, withPip).map((p) => p.id),
    ['who-for', 'live-in-wales', 'full-name', 'date-of-birth', 'pip', 'proof', 'contact'],
  );
  assert.deepEqual(canReachCheckAnswers(form, withPip), { ok: true });
  // Back from the page a route jumped to goes to the page that routed, not the skipped one.
  assert.equal(previousPageId(form, withPip, 'proof'), 'pip');
  assert.equal(previousPageId(form, { ...base, pip: false }, 'proof'), 'walking');
  assert.deepEqual(canReachCheckAnswers(form, { ...base, pip: false, proof }), { ok: false, firstIncompletePage: 'walking' });
  assert.deepEqual(
    visiblePages(form, { 'who-for': 'myself', 'live-in-wales': false }).map((p) => p.id),
    ['who-for', 'live-in-wales', 'cannot-apply'],
  );
  const cy = answerSummary(form, withPip, 'cy');
  assert.equal(cy.find((row) => row.questionId === 'live-in-wales')!.value, 'Ydy');
  assert.equal(cy.find((row) => row.questionId === 'date-of-birth')!.value, '27 Mawrth 1960');
});

test('consultation: likert answers summarised per statement in Welsh', async () => {
  const form = await example('consultation.json');
  const views = validatePage(form, 'views', { 'views.parking': 'agree', 'views.pedestrians': 'strongly-disagree', 'views.events': 'neutral' }, 'cy');
  assert.deepEqual(views.errors, []);
  const row = answerSummary(form, { visits: 'weekly', ...views.answers }, 'cy').find((r) => r.questionId === 'views')!;
  assert.equal(row.value.split('\n')[0], 'Mae digon o leoedd parcio: Cytuno');
});

test('property: validatePage never throws, and every error names a field of the page, for any posted fields', async () => {
  for (const name of ['blue-badge.json', 'missed-bin.json', 'consultation.json']) {
    const form = await example(name);
    for (const page of form.pages) {
      const names = findPage(form, page.id).questions.flatMap(fieldNames);
      if (names.length === 0) continue;
      const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constantFrom('yes', 'no', 'none', '3', '2024', 'agree'));
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...names), value), fc.constantFrom('en' as const, 'cy' as const), (input, locale) => {
          const result = validatePage(form, page.id, input, locale);
          for (const error of result.errors) {
            assert.ok(names.includes(error.field) || page.questions.some((q) => q.id === error.field), `${page.id}: ${error.field}`);
            assert.ok(error.message.length > 0);
          }
        }),
        { numRuns: 60 },
      );
    }
  }
});
