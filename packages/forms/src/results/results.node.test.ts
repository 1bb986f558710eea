import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseDocument, parseFragment as parseHtmlFragment } from 'parse5';
import type { FormDefinition } from '../definition/types.js';
import type { Submission } from '../storage/index.js';
import { resultsChart, resultsReport, resultsTable, tallyResults } from './index.js';

/** The parts of a parse5 tree these checks read (the same in every parse5 version). */
interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}
type Element = Node & { tagName: string; attrs: { name: string; value: string }[] };
const parse = (markup: string): Node => parseDocument(markup);
const parseFragment = (markup: string): Node => parseHtmlFragment(markup);

const t = (en: string, cy: string) => ({ en, cy });

const form: FormDefinition = {
  id: 'consultation',
  version: 1,
  languages: ['en', 'cy'],
  anonymous: true,
  title: t('Library consultation', 'Ymgynghoriad y llyfrgell'),
  confirmation: { title: t('Thank you', 'Diolch') },
  pages: [
    { id: 'visit', questions: [{ id: 'visit', type: 'yes-no', label: t('Do you visit the library?', 'Ydych chi’n ymweld â’r llyfrgell?') }] },
    {
      id: 'rating',
      questions: [{ id: 'rating', type: 'rating', scale: '1-5', label: t('Rate it', 'Rhowch sgôr'), lowLabel: t('Poor', 'Gwael'), highLabel: t('Good', 'Da') }],
    },
    {
      id: 'use',
      questions: [
        {
          id: 'use',
          type: 'many-of',
          label: t('What do you use?', 'Beth ydych chi’n ei ddefnyddio?'),
          options: [
            { value: 'books', label: t('Books', 'Llyfrau') },
            { value: 'pcs', label: t('Computers', 'Cyfrifiaduron') },
          ],
        },
      ],
    },
    {
      id: 'views',
      questions: [
        {
          id: 'views',
          type: 'likert',
          label: t('Your views', 'Eich barn'),
          statements: [{ id: 'hours', text: t('The hours suit me', 'Mae’r oriau’n gyfleus') }],
        },
      ],
    },
    { id: 'comment', questions: [{ id: 'comment', type: 'comment', maxLength: 500, label: t('Comments', 'Sylwadau') }] },
  ],
};

const at = new Date('2026-03-01T10:00:00Z');
const answers = [
  { visit: true, rating: 5, use: ['books', 'pcs'], views: { hours: 'agree' } },
  { visit: true, rating: 4, use: ['books'], views: { hours: 'agree' } },
  { visit: false, rating: 5, use: ['pcs'], views: { hours: 'strongly-disagree' } },
  { visit: true },
];
const submissions: Submission[] = answers.map((a, i) => ({
  id: String(i),
  reference: `AAAA-AAA${i + 2}`,
  formId: 'consultation',
  formVersion: 1,
  locale: 'en',
  createdAt: at,
  answers: a,
}));

function all(node: Node, tag: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Node): void => {
    if (n.tagName === tag && n.attrs) found.push({ ...n, tagName: n.tagName, attrs: n.attrs });
    n.childNodes?.forEach(walk);
    if (n.content) walk(n.content);
  };
  walk(node);
  return found;
}
function text(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(text).join('');
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

test('counts and shares per option, per Likert statement; free text is left out', () => {
  const results = tallyResults(form, submissions);
  assert.deepEqual(
    results.map((r) => r.id),
    ['visit', 'rating', 'use', 'views.hours'],
  );
  const visit = results[0]!;
  assert.equal(visit.answered, 4);
  assert.deepEqual(
    visit.options.map((o) => [o.value, o.count, o.share]),
    [
      ['yes', 3, 0.75],
      ['no', 1, 0.25],
    ],
  );
  const rating = results[1]!;
  assert.equal(rating.answered, 3);
  assert.deepEqual(
    rating.options.map((o) => o.count),
    [0, 0, 0, 1, 2],
  );
  const use = results[2]!;
  assert.deepEqual(
    use.options.map((o) => o.count),
    [2, 2],
    'many-of counts each choice',
  );
  const hours = results[3]!;
  assert.deepEqual(hours.title, t('Your views: The hours suit me', 'Eich barn: Mae’r oriau’n gyfleus'));
  assert.deepEqual(
    hours.options.map((o) => o.count),
    [0, 2, 0, 0, 1],
  );
});

test('the table has a caption, scoped headers and the figures, in Welsh', () => {
  const [visit] = tallyResults(form, submissions);
  const fragment = parseFragment(resultsTable(visit!, 'cy'));
  const [table] = all(fragment, 'table');
  assert.ok(table);
  assert.equal(text(all(table, 'caption')[0]!).trim(), 'Ydych chi’n ymweld â’r llyfrgell?');
  const headers = all(all(table, 'thead')[0]!, 'th').map((th) => [text(th).trim(), attr(th, 'scope')]);
  assert.deepEqual(headers, [
    ['Ateb', 'col'],
    ['Nifer', 'col'],
    ['Canran', 'col'],
  ]);
  const rows = all(all(table, 'tbody')[0]!, 'tr').map((tr) => [...all(tr, 'th'), ...all(tr, 'td')].map((cell) => text(cell).trim()));
  assert.deepEqual(rows, [
    ['Ie', '3', '75%'],
    ['Na', '1', '25%'],
  ]);
});

test('the chart is an image named by its title, described with every figure', () => {
  const [, rating] = tallyResults(form, submissions);
  for (const locale of ['en', 'cy'] as const) {
    const [svg] = all(parseFragment(resultsChart(rating!, locale)), 'svg');
    assert.equal(attr(svg!, 'role'), 'img');
    const ids = attr(svg!, 'aria-labelledby')!.split(' ');
    const [title] = all(svg!, 'title');
    const [desc] = all(svg!, 'desc');
    assert.deepEqual(ids, [attr(title!, 'id'), attr(desc!, 'id')]);
    assert.equal(all(svg!, 'rect').length, 5);
    const description = text(desc!);
    assert.ok(description.includes(locale === 'cy' ? 'Nifer a atebodd: 3' : 'Number who answered: 3'), description);
    assert.ok(description.includes('5: 2 (66.7%)'), description);
    assert.ok(text(title!).startsWith(locale === 'cy' ? 'Siart bar: Rhowch sgôr' : 'Bar chart: Rate it'));
  }
});

test('the report is a whole page in the chosen language with a section per question', () => {
  const document = parse(resultsReport(form, submissions, 'cy'));
  const [htmlElement] = all(document, 'html');
  assert.equal(attr(htmlElement!, 'lang'), 'cy');
  assert.equal(text(all(document, 'h1')[0]!).trim(), 'Ymgynghoriad y llyfrgell: Canlyniadau');
  assert.deepEqual(
    all(document, 'h2')
      .map((h) => text(h).trim())
      .filter((h) => h !== '')
      .slice(0, 4),
    ['Ydych chi’n ymweld â’r llyfrgell?', 'Rhowch sgôr', 'Beth ydych chi’n ei ddefnyddio?', 'Eich barn: Mae’r oriau’n gyfleus'],
  );
  assert.equal(all(document, 'svg').filter((svg) => attr(svg, 'role') === 'img').length, 4);
});
