import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FormDefinition } from '../definition/types.js';
import { testForm } from '../definition/fixture-form.fixture.js';
import { submissionSchema, toJSONSchema } from '../definition/answers.js';
import { parseFormDefinition } from '../definition/parse.js';
import { answerSummary } from './summary.js';
import { checkCompatible } from './compatible.js';
import { pruneHiddenAnswers } from './navigation.js';

const complete = {
  eligible: true,
  age: 30,
  pets: ['cat', 'dog'],
  'dog-name': 'Mot',
  visit: '2024-05-01',
  children: [{ 'child-name': 'Osian' }, { 'child-name': 'Cerys' }],
};

test('answerSummary: display text in the locale, options by label, Welsh dates and lists, repeat items numbered', () => {
  const cy = answerSummary(testForm, complete, 'cy');
  const row = (id: string, index?: number) => cy.find((r) => r.questionId === id && r.index === index)!;
  assert.equal(row('eligible').value, 'Ie');
  assert.equal(row('pets').value, 'Cath a Chi');
  assert.equal(row('visit').value, '1 Mai 2024');
  assert.equal(row('visit').label, 'Dyddiad yr ymweliad');
  assert.equal(row('child-name', 1).label, 'Plentyn 2: Enw');
  assert.equal(row('child-name', 1).value, 'Cerys');
  const en = answerSummary(testForm, complete, 'en');
  assert.equal(en.find((r) => r.questionId === 'pets')!.value, 'Cat and Dog');
  assert.equal(en.find((r) => r.questionId === 'visit')!.value, '1 May 2024');
  assert.deepEqual(
    en.map((r) => r.pageId),
    ['eligible', 'age', 'pets', 'dog-name', 'visit', 'children', 'children'],
  );
});

test('answerSummary leaves out pages off the path', () => {
  const rows = answerSummary(testForm, { ...complete, pets: ['cat'] }, 'en');
  assert.ok(!rows.some((r) => r.questionId === 'dog-name'));
});

test('submissionSchema accepts a complete, pruned submission and rejects what the path forbids', () => {
  const schema = submissionSchema(testForm);
  assert.equal(schema.safeParse(complete).success, true);
  const missing = schema.safeParse({ ...complete, 'dog-name': undefined });
  assert.equal(missing.success, false);
  assert.deepEqual(
    missing.error?.issues.map((i) => i.path),
    [['dog-name']],
  );
  // The dog's name is on a page the person no longer sees: refused until pruned.
  const hidden = { ...complete, pets: ['cat'] };
  assert.equal(schema.safeParse(hidden).success, false);
  assert.equal(schema.safeParse(pruneHiddenAnswers(testForm, hidden)).success, true);
  assert.equal(schema.safeParse({ ...complete, age: 200 }).success, false);
  assert.equal(schema.safeParse({ ...complete, children: [] }).success, false);
  assert.equal(schema.safeParse({ eligible: false }).success, false);
  assert.equal(schema.safeParse({ eligible: true, age: 70 }).success, true);
});

test('toJSONSchema describes every answer for other back ends', () => {
  const json = toJSONSchema(testForm);
  assert.equal(json.type, 'object');
  const properties = json.properties as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(properties).sort(), ['age', 'children', 'dog-name', 'eligible', 'pets', 'visit']);
  assert.equal(properties.eligible!.type, 'boolean');
  assert.equal(properties.age!.maximum, 130);
  assert.equal(properties.children!.type, 'array');
  assert.equal(json.additionalProperties, false);
});

test('checkCompatible: the same version is fine; a removed question, a removed option or a changed type is not', () => {
  assert.deepEqual(checkCompatible(testForm, 2, { anything: 1 }), { ok: true });
  assert.deepEqual(checkCompatible(testForm, 1, complete), { ok: true });
  const json = JSON.parse(JSON.stringify(testForm));
  json.version = 3;
  json.pages[3].questions[0].options = json.pages[3].questions[0].options.slice(0, 1);
  json.pages[2].questions[0] = { id: 'age', type: 'text', label: json.pages[2].questions[0].label };
  delete json.pages[2].routes;
  json.pages[4].questions[0].id = 'hound-name';
  json.pages[4].showIf = { question: 'pets', answered: true };
  const parsed = parseFormDefinition(json);
  assert.deepEqual(parsed.ok ? [] : parsed.problems, []);
  assert.ok(parsed.ok);
  const changed: FormDefinition = parsed.form;
  const result = checkCompatible(changed, 2, complete);
  assert.equal(result.ok, false);
  const problems = result.ok ? '' : result.problems.join('\n');
  assert.match(problems, /page 'pets', question 'pets': option 'dog' is no longer offered in version 3/);
  assert.match(problems, /page 'age', question 'age': its answer no longer fits a 'text' question/);
  assert.match(problems, /question 'dog-name' was answered in version 2 but version 3 has no such question/);
});

test('answerSummary: the none option by its label, a file by its name, an unanswered optional question as empty', () => {
  const none = answerSummary(testForm, { ...complete, pets: ['none'] }, 'cy').find((r) => r.questionId === 'pets')!;
  assert.equal(none.value, 'Dim un o’r rhain');
  const t = (en: string, cy: string) => ({ en, cy });
  const form: FormDefinition = {
    ...testForm,
    pages: [
      { id: 'upload', questions: [{ id: 'proof', type: 'file', label: t('Proof', 'Prawf'), maxBytes: 100, accept: ['application/pdf'] }] },
      { id: 'extra', questions: [{ id: 'notes', type: 'comment', label: t('Notes', 'Nodiadau'), maxLength: 10, optional: true }] },
    ],
  };
  const rows = answerSummary(form, { proof: { name: 'llythyr.pdf', type: 'application/pdf', size: 9, sha256: 'x', storageKey: 'k' } }, 'en');
  assert.deepEqual(
    rows.map((r) => r.value),
    ['llythyr.pdf', ''],
  );
});
