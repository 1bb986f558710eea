import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CHECK_ANSWERS, type FormDefinition } from '../definition/types.js';
import { testForm } from '../definition/fixture-form.fixture.js';
import { canReachCheckAnswers, firstPageId, nextPageId, previousPageId, pruneHiddenAnswers, repeatState, visiblePages } from './navigation.js';
import { evaluate } from './pages.js';

const ids = (answers: Record<string, unknown>) => visiblePages(testForm, answers).map((page) => page.id);
const complete = { eligible: true, age: 30, pets: ['dog'], 'dog-name': 'Mot', visit: '2024-05-01', children: [{ 'child-name': 'Osian' }] };

test('the path follows showIf and ends at an exit page', () => {
  assert.deepEqual(ids({ eligible: false }), ['eligible', 'stop']);
  assert.equal(nextPageId(testForm, { eligible: false }, 'eligible'), 'stop');
  assert.equal(nextPageId(testForm, { eligible: false }, 'stop'), 'stop');
  assert.deepEqual(canReachCheckAnswers(testForm, { eligible: false }), { ok: false, firstIncompletePage: 'stop' });
});

test('a page whose showIf fails is skipped; it shows when the condition holds', () => {
  assert.equal(nextPageId(testForm, { eligible: true, age: 30, pets: ['cat'] }, 'pets'), 'visit');
  assert.equal(nextPageId(testForm, { eligible: true, age: 30, pets: ['cat', 'dog'] }, 'pets'), 'dog-name');
  assert.deepEqual(ids(complete), ['eligible', 'age', 'pets', 'dog-name', 'visit', 'children']);
});

test('the first matching route wins: 65 or over goes straight to check answers', () => {
  assert.equal(nextPageId(testForm, { eligible: true, age: 70 }, 'age'), CHECK_ANSWERS);
  assert.deepEqual(ids({ eligible: true, age: 70 }), ['eligible', 'age']);
  assert.deepEqual(canReachCheckAnswers(testForm, { eligible: true, age: 70 }), { ok: true });
});

test('back goes to the previous page on the path, skipping hidden ones', () => {
  const answers = { eligible: true, age: 30, pets: ['cat'] };
  assert.equal(previousPageId(testForm, answers, 'visit'), 'pets');
  assert.equal(previousPageId(testForm, answers, 'eligible'), undefined);
  assert.equal(previousPageId(testForm, complete, CHECK_ANSWERS), 'children');
  assert.equal(firstPageId(testForm), 'eligible');
});

test('canReachCheckAnswers names the first page still to answer, or with a wrong stored answer', () => {
  assert.deepEqual(canReachCheckAnswers(testForm, complete), { ok: true });
  assert.deepEqual(canReachCheckAnswers(testForm, { ...complete, 'dog-name': undefined }), { ok: false, firstIncompletePage: 'dog-name' });
  assert.deepEqual(canReachCheckAnswers(testForm, { ...complete, visit: '2019-01-01' }), { ok: false, firstIncompletePage: 'visit' });
  assert.deepEqual(canReachCheckAnswers(testForm, { ...complete, children: [] }), { ok: false, firstIncompletePage: 'children' });
});

test('repeating pages: min, max and the add-another decisions', () => {
  assert.deepEqual(repeatState(testForm, 'children', {}), { count: 0, min: 1, max: 3, canAdd: true, canRemove: false, needMore: true });
  const three = { children: [{ 'child-name': 'A' }, { 'child-name': 'B' }, { 'child-name': 'C' }] };
  assert.deepEqual(repeatState(testForm, 'children', three), { count: 3, min: 1, max: 3, canAdd: false, canRemove: true, needMore: false });
  assert.throws(() => repeatState(testForm, 'age', {}), /page 'age' of form 'test-form' does not repeat/);
});

test('pruneHiddenAnswers drops answers to pages off the path, and what only they made visible', () => {
  const pruned = pruneHiddenAnswers(testForm, { ...complete, pets: ['cat'] });
  assert.equal(pruned['dog-name'], undefined);
  assert.equal(pruned.visit, '2024-05-01');
  const exited = pruneHiddenAnswers(testForm, { ...complete, eligible: false });
  assert.deepEqual(exited, { eligible: false });
});

test('conditions: equals, oneOf, before/after, min/max, answered, all/any/not', () => {
  const answers = { a: 'x', n: 5, d: '2024-01-02', list: ['p', 'q'] };
  assert.ok(evaluate({ question: 'a', equals: 'x' }, answers));
  assert.ok(evaluate({ question: 'list', equals: 'q' }, answers));
  assert.ok(evaluate({ question: 'a', oneOf: ['y', 'x'] }, answers));
  assert.ok(evaluate({ question: 'd', before: '2024-01-03' }, answers));
  assert.ok(!evaluate({ question: 'd', after: '2024-01-02' }, answers));
  assert.ok(evaluate({ question: 'd', before: 'today' }, answers, { today: '2025-01-01' }));
  assert.ok(!evaluate({ question: 'd', before: 'today' }, answers, { today: '2023-01-01' }));
  assert.ok(evaluate({ question: 'n', min: 5, max: 5 }, answers));
  assert.ok(!evaluate({ question: 'n', max: 4 }, answers));
  assert.ok(evaluate({ question: 'missing', answered: false }, answers));
  assert.ok(!evaluate({ question: 'missing', equals: 'x' }, answers));
  assert.ok(evaluate({ all: [{ question: 'a', equals: 'x' }, { not: { question: 'n', min: 6 } }] }, answers));
  assert.ok(
    evaluate(
      {
        any: [
          { question: 'a', equals: 'no' },
          { question: 'n', answered: true },
        ],
      },
      answers,
    ),
  );
});

// Answers as a person could leave them, including nonsense a client could send.
const answersArbitrary = fc.record(
  {
    eligible: fc.oneof(fc.boolean(), fc.constant('yes')),
    age: fc.oneof(fc.integer({ min: -5, max: 140 }), fc.string()),
    pets: fc.subarray(['cat', 'dog', 'none']),
    'dog-name': fc.string({ maxLength: 25 }),
    visit: fc.constantFrom('2019-12-31', '2024-05-01', 'nonsense'),
    children: fc.array(fc.record({ 'child-name': fc.string({ maxLength: 5 }) }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

test('property: the engine never routes to a page the form does not have', () => {
  const known = new Set([...testForm.pages.map((page) => page.id), CHECK_ANSWERS]);
  fc.assert(
    fc.property(answersArbitrary, (answers) => {
      for (const page of testForm.pages) assert.ok(known.has(nextPageId(testForm, answers, page.id)));
      for (const page of visiblePages(testForm, answers)) assert.ok(known.has(page.id));
      const reach = canReachCheckAnswers(testForm, answers);
      if (!reach.ok) assert.ok(known.has(reach.firstIncompletePage));
    }),
  );
});

test('property: pruneHiddenAnswers is idempotent and never adds answers', () => {
  fc.assert(
    fc.property(answersArbitrary, (answers) => {
      const once = pruneHiddenAnswers(testForm, answers);
      assert.deepEqual(pruneHiddenAnswers(testForm, once), once);
      for (const key of Object.keys(once)) assert.ok(Object.hasOwn(answers, key));
      assert.deepEqual(
        visiblePages(testForm, once).map((p) => p.id),
        visiblePages(testForm, once).map((p) => p.id),
      );
    }),
  );
});

test('pruneHiddenAnswers follows a chain: a hidden answer that showed a later page hides it too', () => {
  const t = (en: string, cy: string) => ({ en, cy });
  const chain: FormDefinition = {
    ...testForm,
    pages: [
      { id: 'one', questions: [{ id: 'q1', type: 'yes-no', label: t('One', 'Un') }] },
      { id: 'two', showIf: { question: 'q1', equals: true }, questions: [{ id: 'q2', type: 'yes-no', label: t('Two', 'Dau') }] },
      { id: 'three', showIf: { question: 'q2', equals: true }, questions: [{ id: 'q3', type: 'text', label: t('Three', 'Tri') }] },
    ],
  };
  assert.deepEqual(pruneHiddenAnswers(chain, { q1: false, q2: true, q3: 'x' }), { q1: false });
});
