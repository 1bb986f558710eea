import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FormDefinition } from '../definition/types.js';
import type { Submission } from '../storage/index.js';
import { csvCell, toCsv, toJson } from './index.js';

const t = (en: string, cy: string) => ({ en, cy });

const form: FormDefinition = {
  id: 'family',
  version: 2,
  languages: ['en', 'cy'],
  title: t('Family', 'Teulu'),
  confirmation: { title: t('Sent', 'Anfonwyd') },
  pages: [
    { id: 'name', questions: [{ id: 'name', type: 'text', label: t('Name', 'Enw') }] },
    { id: 'dob', questions: [{ id: 'dob', type: 'date', label: t('Date of birth', 'Dyddiad geni') }] },
    {
      id: 'contact',
      questions: [
        {
          id: 'contact',
          type: 'one-of',
          label: t('Contact by', 'Cysylltu drwy'),
          options: [
            { value: 'email', label: t('Email', 'E-bost') },
            { value: 'post', label: t('Post', 'Post') },
          ],
        },
      ],
    },
    {
      id: 'children',
      repeat: { itemName: t('child', 'plentyn') },
      questions: [
        { id: 'child-name', type: 'text', label: t('Name', 'Enw') },
        { id: 'child-age', type: 'number', label: t('Age', 'Oed') },
      ],
    },
    {
      id: 'views',
      questions: [
        {
          id: 'views',
          type: 'likert',
          label: t('Your views', 'Eich barn'),
          statements: [
            { id: 'parking', text: t('Parking is easy', 'Mae parcio’n hawdd') },
            { id: 'library', text: t('The library is open enough', 'Mae’r llyfrgell ar agor digon') },
          ],
        },
      ],
    },
  ],
};

const at = new Date('2026-03-01T10:00:00Z');
const submissions: Submission[] = [
  {
    id: '1',
    reference: 'ABCD-2345',
    formId: 'family',
    formVersion: 2,
    locale: 'cy',
    createdAt: at,
    answers: {
      name: 'Siân "Sam", Jones',
      dob: '1990-05-01',
      contact: 'email',
      children: [
        { 'child-name': 'Elis', 'child-age': 3 },
        { 'child-name': '=HYPERLINK("x")', 'child-age': 7 },
      ],
      views: { parking: 'agree' },
    },
  },
  {
    id: '2',
    reference: 'EFGH-6789',
    formId: 'family',
    formVersion: 2,
    locale: 'en',
    createdAt: at,
    answers: { name: 'Line\nbreak', contact: 'post', children: [] },
  },
];

function parseCsv(csv: string): string[][] {
  // A small RFC 4180 reader, so the test checks what a spreadsheet would read.
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

test('CSV headings follow the chosen language, with numbered repeating headings and a column per Likert statement', () => {
  const [en] = parseCsv(toCsv(form, submissions, { locale: 'en' }));
  assert.deepEqual(en, [
    'Reference',
    'Submitted',
    'Form version',
    'Language',
    'Name',
    'Date of birth',
    'Contact by',
    'Child 1: Name',
    'Child 1: Age',
    'Child 2: Name',
    'Child 2: Age',
    'Your views: Parking is easy',
    'Your views: The library is open enough',
  ]);
  const [cy] = parseCsv(toCsv(form, submissions, { locale: 'cy' }));
  assert.deepEqual(cy?.slice(4), [
    'Enw',
    'Dyddiad geni',
    'Cysylltu drwy',
    'Plentyn 1: Enw',
    'Plentyn 1: Oed',
    'Plentyn 2: Enw',
    'Plentyn 2: Oed',
    'Eich barn: Mae parcio’n hawdd',
    'Eich barn: Mae’r llyfrgell ar agor digon',
  ]);
  assert.equal(cy?.[0], 'Cyfeirnod');
});

test('CSV cells: quoting survives commas, quotes and line breaks; formulas are defused; options and Likert answers in the chosen language', () => {
  const rows = parseCsv(toCsv(form, submissions, { locale: 'cy' }));
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[1], [
    'ABCD-2345',
    '2026-03-01T10:00:00.000Z',
    '2',
    'cy',
    'Siân "Sam", Jones',
    '1990-05-01',
    'E-bost',
    'Elis',
    '3',
    `'=HYPERLINK("x")`,
    '7',
    'Cytuno',
    '',
  ]);
  assert.deepEqual(rows[2], ['EFGH-6789', '2026-03-01T10:00:00.000Z', '2', 'en', 'Line\nbreak', '', 'Post', '', '', '', '', '', '']);
  for (const start of ['=', '+', '-', '@']) assert.equal(csvCell(`${start}1+1`), `'${start}1+1`);
  assert.equal(csvCell('plain'), 'plain');
});

test('JSON export keeps every answer as stored', () => {
  const parsed = JSON.parse(toJson(form, submissions));
  assert.deepEqual(parsed.form, { id: 'family', version: 2 });
  assert.deepEqual(parsed.submissions[0].answers, submissions[0]!.answers);
  assert.equal(parsed.submissions[1].createdAt, '2026-03-01T10:00:00.000Z');
});
