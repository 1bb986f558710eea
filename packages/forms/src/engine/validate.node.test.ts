import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FormDefinition, Question } from '../definition/types.js';
import { validatePage } from './validate.js';
import { valuesFromAnswers } from './values.js';

const t = (en: string, cy: string) => ({ en, cy });
const one = (question: Question): FormDefinition => ({
  id: 'one',
  version: 1,
  languages: ['en', 'cy'],
  title: t('One', 'Un'),
  confirmation: { title: t('Done', 'Wedi gorffen') },
  pages: [{ id: 'page', questions: [question] }],
});
const run = (question: Question, input: Record<string, string | string[]>, locale: 'en' | 'cy' = 'en') =>
  validatePage(one(question), 'page', input, locale, { today: '2026-03-05' });

test('text: required and too long, in English and Welsh, with the data-model messages', () => {
  const q: Question = { id: 'pet', type: 'text', label: t('Pet', 'Anifail'), maxLength: 3 };
  assert.deepEqual(run(q, { pet: '  ' }).errors, [{ question: 'pet', field: 'pet', message: 'Enter an answer', reason: 'required' }]);
  const cy = run(q, { pet: 'ceffyl' }, 'cy').errors[0]!;
  assert.equal(cy.reason, 'tooLong');
  assert.match(cy.message, /3/);
  assert.notEqual(cy.message, run(q, { pet: 'ceffyl' }, 'en').errors[0]!.message);
  assert.deepEqual(run(q, { pet: ' cat ' }).answers, { pet: 'cat' });
});

test("an author's override replaces the message for that reason, in the page's language", () => {
  const q: Question = {
    id: 'pet',
    type: 'text',
    label: t('Pet', 'Anifail'),
    errors: { required: t('Enter your pet’s name', 'Rhowch enw eich anifail anwes') },
  };
  assert.equal(run(q, {}, 'cy').errors[0]!.message, 'Rhowch enw eich anifail anwes');
  assert.equal(run(q, {}, 'en').errors[0]!.message, 'Enter your pet’s name');
});

test('optional questions left blank give no answer and no error', () => {
  const q: Question = { id: 'pet', type: 'email', label: t('Email', 'E-bost'), optional: true };
  assert.deepEqual(run(q, { pet: '' }), { answers: {}, errors: [], values: { pet: '' } });
});

test('email, phone, postcode, NHS and NI numbers use the data-model checks and their clean values', () => {
  assert.deepEqual(run({ id: 'nhs', type: 'nhs-number', label: t('NHS', 'GIG') }, { nhs: '943 476 5919' }).answers, { nhs: '9434765919' });
  const bad = run({ id: 'nhs', type: 'nhs-number', label: t('NHS', 'GIG') }, { nhs: '943 476 5918' }, 'cy').errors[0]!;
  assert.equal(bad.reason, 'nhsNumberChecksum');
  assert.equal(run({ id: 'e', type: 'email', label: t('Email', 'E-bost') }, { e: 'not an email' }).errors[0]!.reason, 'emailAddressFormat');
  assert.equal(run({ id: 'e', type: 'email', label: t('Email', 'E-bost') }, {}).errors[0]!.reason, 'required');
  assert.ok(run({ id: 'p', type: 'postcode', label: t('Postcode', 'Cod post') }, { p: 'sy23 1aa' }).errors.length === 0);
});

test('number: format, decimals, min and max', () => {
  const q: Question = { id: 'n', type: 'number', label: t('N', 'N'), min: 1, max: 10, decimals: 1 };
  assert.deepEqual(run(q, { n: '2.5' }).answers, { n: 2.5 });
  assert.equal(run(q, { n: 'two' }).errors[0]!.message, 'Enter a number');
  assert.equal(run(q, { n: 'two' }, 'cy').errors[0]!.message, 'Rhowch rif');
  assert.equal(run(q, { n: '2.55' }).errors[0]!.reason, 'tooManyDecimals');
  assert.equal(run(q, { n: '11' }).errors[0]!.reason, 'numberTooBig');
  assert.equal(run(q, { n: '0' }).errors[0]!.reason, 'numberTooSmall');
});

test('date: parts named <id>-day/-month/-year, every wrong part listed, before/after rules', () => {
  const q: Question = { id: 'dob', type: 'date', label: t('Date', 'Dyddiad'), before: 'today', after: '1900-01-01' };
  assert.deepEqual(run(q, { 'dob-day': '3', 'dob-month': '2', 'dob-year': '2001' }).answers, { dob: '2001-02-03' });
  const incomplete = run(q, { 'dob-day': '3' }).errors[0]!;
  assert.equal(incomplete.field, 'dob-month');
  assert.deepEqual(incomplete.parts, ['month', 'year']);
  assert.equal(run(q, { 'dob-day': '5', 'dob-month': '3', 'dob-year': '2026' }).errors[0]!.reason, 'dateNotPast');
  assert.equal(run(q, { 'dob-day': '1', 'dob-month': '1', 'dob-year': '1900' }).errors[0]!.reason, 'dateTooEarly');
  assert.equal(run(q, {}).errors[0]!.reason, 'required');
  assert.notEqual(run(q, {}, 'cy').errors[0]!.message, run(q, {}, 'en').errors[0]!.message);
});

test('address: each part its own field, errors on the part', () => {
  const q: Question = { id: 'home', type: 'address', label: t('Address', 'Cyfeiriad') };
  const ok = run(q, { 'home-line1': '1 Stryd Fawr', 'home-town': 'Aberystwyth', 'home-postcode': 'sy23 1aa' });
  assert.deepEqual(ok.errors, []);
  assert.equal((ok.answers.home as { postcode: string }).postcode, 'SY23 1AA');
  const bad = run(q, { 'home-line1': '1 Stryd Fawr' }, 'cy');
  assert.deepEqual(bad.errors.map((e) => e.field).sort(), ['home-postcode', 'home-town']);
});

test('yes-no, one-of and rating read their values', () => {
  assert.deepEqual(run({ id: 'y', type: 'yes-no', label: t('Y', 'Y') }, { y: 'no' }).answers, { y: false });
  assert.equal(run({ id: 'y', type: 'yes-no', label: t('Y', 'Y') }, {}, 'cy').errors[0]!.reason, 'required');
  const choice: Question = {
    id: 'c',
    type: 'one-of',
    label: t('C', 'C'),
    options: [
      { value: 'a', label: t('A', 'A') },
      { value: 'b', label: t('B', 'B') },
    ],
  };
  assert.equal(run(choice, { c: 'z' }).errors[0]!.reason, 'invalidOption');
  const rating: Question = { id: 'r', type: 'rating', scale: '0-10', label: t('R', 'R'), lowLabel: t('Low', 'Isel'), highLabel: t('High', 'Uchel') };
  assert.deepEqual(run(rating, { r: '0' }).answers, { r: 0 });
  assert.equal(run(rating, { r: '11' }).errors[0]!.reason, 'invalidOption');
});

test('many-of: repeated names, and the none option with another is an error', () => {
  const q: Question = {
    id: 'm',
    type: 'many-of',
    label: t('M', 'M'),
    options: [
      { value: 'a', label: t('A', 'A') },
      { value: 'b', label: t('B', 'B') },
    ],
    noneOption: t('None of these', 'Dim un o’r rhain'),
  };
  assert.deepEqual(run(q, { m: ['b', 'a'] }).answers, { m: ['a', 'b'] });
  assert.deepEqual(run(q, { m: 'none' }).answers, { m: ['none'] });
  const both = run(q, { m: ['a', 'none'] }, 'cy').errors[0]!;
  assert.equal(both.reason, 'noneWithOthers');
  assert.match(both.message, /Dim un o’r rhain/);
  assert.equal(run(q, {}).errors[0]!.message, 'Select at least one option');
});

test('likert: one answer per statement, an error per unanswered statement naming it', () => {
  const q: Question = {
    id: 'v',
    type: 'likert',
    label: t('Views', 'Barn'),
    statements: [
      { id: 'parks', text: t('Parks', 'Parciau') },
      { id: 'roads', text: t('Roads', 'Ffyrdd') },
    ],
  };
  assert.deepEqual(run(q, { 'v.parks': 'agree', 'v.roads': 'disagree' }).answers, { v: { parks: 'agree', roads: 'disagree' } });
  const missing = run(q, { 'v.parks': 'agree' }, 'cy').errors;
  assert.deepEqual(
    missing.map((e) => [e.field, e.message]),
    [['v.roads', 'Dewiswch ateb ar gyfer ‘Ffyrdd’']],
  );
});

test('file: required, empty, size and type from the stored upload', () => {
  const q: Question = { id: 'f', type: 'file', label: t('File', 'Ffeil'), maxBytes: 1000, accept: ['application/pdf'] };
  const form = one(q);
  const file = { name: 'a.pdf', type: 'application/pdf', size: 10, sha256: 'x', storageKey: 'k' };
  assert.deepEqual(validatePage(form, 'page', {}, 'en', { files: { f: file } }).answers, { f: file });
  assert.equal(validatePage(form, 'page', {}, 'cy').errors[0]!.message, 'Dewiswch ffeil');
  assert.equal(validatePage(form, 'page', {}, 'en', { files: { f: { ...file, size: 2000 } } }).errors[0]!.reason, 'fileTooBig');
  assert.equal(validatePage(form, 'page', {}, 'en', { files: { f: { ...file, type: 'image/png' } } }).errors[0]!.reason, 'fileWrongType');
  assert.deepEqual(
    (['en', 'cy'] as const).map((locale) => validatePage(form, 'page', {}, locale, { files: { f: { ...file, size: 0 } } }).errors[0]!.message),
    ['The selected file is empty', 'Mae’r ffeil a ddewiswyd yn wag'],
  );
});

test('values are kept as typed, and valuesFromAnswers is the inverse of validatePage', () => {
  const form: FormDefinition = {
    ...one({ id: 'd', type: 'date', label: t('D', 'D') }),
    pages: [
      {
        id: 'page',
        heading: t('All', 'Y cyfan'),
        questions: [
          { id: 'd', type: 'date', label: t('D', 'D') },
          { id: 'y', type: 'yes-no', label: t('Y', 'Y') },
          { id: 'm', type: 'many-of', label: t('M', 'M'), options: [{ value: 'a', label: t('A', 'A') }] },
          { id: 'n', type: 'number', label: t('N', 'N'), decimals: 2 },
          { id: 'v', type: 'likert', label: t('V', 'V'), statements: [{ id: 's', text: t('S', 'S') }] },
          { id: 'h', type: 'address', label: t('H', 'H') },
        ],
      },
    ],
  };
  const input = {
    'd-day': '3',
    'd-month': '2',
    'd-year': '2001',
    y: 'yes',
    m: ['a'],
    n: '1.25',
    'v.s': 'agree',
    'h-line1': '1 Stryd Fawr',
    'h-town': 'Bangor',
    'h-postcode': 'LL57 1AA',
  };
  const first = validatePage(form, 'page', input, 'en');
  assert.deepEqual(first.errors, []);
  assert.deepEqual(first.values, input);
  const again = validatePage(form, 'page', valuesFromAnswers(form, 'page', first.answers), 'en');
  assert.deepEqual(again.answers, first.answers);
  const typed = validatePage(form, 'page', { ...input, n: 'lots' }, 'en');
  assert.equal(typed.values.n, 'lots');
});
