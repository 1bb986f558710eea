import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFormDefinition } from './parse.js';
import { defineForm } from './define.js';
import { testForm } from './fixture-form.fixture.js';

/** A deep copy to break one rule in. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test breaks the copy in a way the form's type forbids
const copy = (): any => JSON.parse(JSON.stringify(testForm));

function problems(form: unknown): string[] {
  const result = parseFormDefinition(form);
  assert.equal(result.ok, false, 'expected the definition to be refused');
  return result.ok ? [] : result.problems;
}

test('the fixture form parses', () => {
  const result = parseFormDefinition(JSON.stringify(testForm));
  assert.deepEqual(result.ok ? [] : result.problems, []);
});

test('missing Welsh is listed in full, each naming page, question and path', () => {
  const form = copy();
  delete form.pages[2].questions[0].label.cy;
  form.pages[3].questions[0].options[1].label.cy = '';
  delete form.title.cy;
  const list = problems(form);
  assert.ok(list.includes("page 'age', question 'age': label has no Welsh (label.cy)"), list.join('\n'));
  assert.ok(list.includes("page 'pets', question 'pets': options.1.label has no Welsh (options.1.label.cy)"), list.join('\n'));
  assert.ok(list.includes('form: title has no Welsh (title.cy)'), list.join('\n'));
  assert.equal(list.length, 3);
});

test('an English-only form may leave out Welsh', () => {
  const form = copy();
  form.languages = ['en'];
  delete form.pages[2].questions[0].label.cy;
  assert.equal(parseFormDefinition(form).ok, true);
});

test('duplicate page and question ids, and ids that are not kebab-case', () => {
  const form = copy();
  form.pages[5].id = 'pets';
  form.pages[4].questions[0].id = 'age';
  form.pages[0].questions[0].id = 'Eligible_Now';
  form.pages[0].id = 'check-answers';
  const list = problems(form).join('\n');
  assert.match(list, /page id 'pets' is used twice/);
  assert.match(list, /question id 'age' is also used on page 'age'/);
  assert.match(list, /id 'Eligible_Now' must be kebab-case/);
  assert.match(list, /'check-answers' is a page of the runner itself/);
});

test('conditions and routes to unknown or later questions and pages', () => {
  const form = copy();
  form.pages[4].showIf = { question: 'visit', equals: '2021-01-01' };
  form.pages[2].routes = [
    { if: { question: 'nope', answered: true }, goTo: 'nowhere' },
    { if: { question: 'age', min: 1 }, goTo: 'eligible' },
  ];
  const list = problems(form).join('\n');
  assert.match(list, /page 'dog-name': showIf.question 'visit' is answered on page 'visit', a later page/);
  assert.match(list, /page 'age': routes.0.if.question 'nope' is not a question of this form/);
  assert.match(list, /routes.0.goTo 'nowhere' is not a page of this form/);
  assert.match(list, /routes.1.goTo 'eligible' is not after this page/);
});

test('condition values must fit the question type', () => {
  const form = copy();
  form.pages[1].showIf = { question: 'eligible', equals: 'maybe' };
  form.pages[4].showIf = {
    any: [
      { question: 'pets', oneOf: ['fish'] },
      { question: 'age', before: 'today' },
    ],
  };
  const list = problems(form).join('\n');
  assert.match(list, /page 'stop': showIf.equals "maybe" cannot be an answer to 'eligible' \(type 'yes-no'\); use true or false/);
  assert.match(list, /showIf.any.0.oneOf.0 "fish" cannot be an answer to 'pets'/);
  assert.match(list, /showIf.any.1.before compares dates, but 'age' is a 'number' question/);
});

test('anonymous surveys refuse personal question types', () => {
  const form = copy();
  form.anonymous = true;
  form.pages[5].questions[0].dateOfBirth = true;
  form.pages.push({ id: 'contact', questions: [{ id: 'email', type: 'email', label: { en: 'Email', cy: 'E-bost' } }] });
  const list = problems(form).join('\n');
  assert.match(list, /page 'contact', question 'email': type 'email' asks for personal data/);
  assert.match(list, /page 'visit', question 'visit': type 'date' \(date of birth\) asks for personal data/);
});

test('structural problems name the page and question: a file with no maxBytes, an unknown key', () => {
  const form = copy();
  form.pages[6].questions.push({ id: 'proof', type: 'file', label: { en: 'Proof', cy: 'Prawf' }, accept: ['application/pdf'] });
  form.pages[0].colour = 'red';
  const list = problems(form).join('\n');
  assert.match(list, /page 'children', question 'proof': maxBytes/);
  assert.match(list, /page 'eligible': .*colour/);
});

test('not JSON, and not an object, are refused without throwing', () => {
  assert.match(problems('{ nope')[0]!, /not JSON/);
  assert.ok(problems(42).length > 0);
  assert.ok(problems(null).length > 0);
});

test('exit pages have no questions; a page with no questions must be an exit page', () => {
  const form = copy();
  form.pages[1].questions = [{ id: 'why', type: 'text', label: { en: 'Why', cy: 'Pam' } }];
  form.pages[3].questions = [];
  const list = problems(form).join('\n');
  assert.match(list, /page 'stop': an exit page ends the journey, so it cannot have questions/);
  assert.match(list, /page 'pets': has no questions/);
});

test('defineForm throws, listing every problem, for a bad definition', () => {
  const form = copy();
  delete form.pages[2].questions[0].label.cy;
  form.pages[1].showIf = { question: 'eligible', equals: 'maybe' };
  assert.throws(
    () => defineForm(form),
    (error: Error) => /2 problem\(s\)/.test(error.message) && /label\.cy/.test(error.message) && /'maybe'|"maybe"/.test(error.message),
  );
});

test('an error override for a reason that never happens is refused (a typo would silently do nothing)', () => {
  const form = copy();
  form.pages[2].questions[0].errors = { requried: { en: 'Enter your age', cy: 'Rhowch eich oed' }, numberTooBig: { en: 'Too old', cy: '' } };
  const list = problems(form).join('\n');
  assert.match(list, /page 'age', question 'age': errors.requried is not a reason/);
  assert.match(list, /page 'age', question 'age': errors.numberTooBig has no Welsh \(errors.numberTooBig.cy\)/);
});
