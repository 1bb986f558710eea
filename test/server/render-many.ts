/**
 * Renders components many times with changing values and prints the heap
 * after garbage collection at intervals, as JSON. Run in a child process by
 * memory.node.test.ts (it needs `node --expose-gc`), or by hand to measure:
 *
 *   node --expose-gc --conditions=source --import tsx test/server/render-many.ts \
 *     --tags cyd-textarea --warm-up 500 --rounds 4 --renders 5000
 *
 * Every value a page can vary (names, labels, hints, errors, values, options,
 * content) changes with each render, so a cache keyed by any of them shows
 * up as growth.
 */
import { parseArgs } from 'node:util';
import { expandHTML, renderElement, serverTags } from '@cydran/components/server';
import { definitions } from '../../packages/components/src/internal/definitions.js';
import { type PropSpec, attributeName } from '../../packages/components/src/internal/props.js';

type Attributes = Record<string, string | boolean | number>;

const optionsFor = (i: number): string =>
  JSON.stringify([
    { value: `o${i}-a`, label: { en: `Option A ${i}`, cy: `Dewis A ${i}` }, hint: `Hint ${i}` },
    { divider: true },
    { value: `o${i}-b`, label: `Option B ${i}` },
  ]);

/** Values for attributes whose shape a generic string would get wrong. */
const specialValues: Record<string, (i: number, tag: string) => string> = {
  options: optionsFor,
  errors: (i) =>
    JSON.stringify([
      { href: `#f${i}`, text: { en: `Enter field ${i}`, cy: `Rhowch faes ${i}` } },
      { href: `#g${i}`, text: `Problem ${i}` },
    ]),
  messages: (i) => JSON.stringify({ valueMissing: { en: `Enter ${i}`, cy: `Rhowch ${i}` }, tooLong: `Too long ${i}` }),
  value: (i, tag) =>
    tag === 'cyd-date-input'
      ? `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`
      : tag === 'cyd-radios' || tag === 'cyd-checkboxes'
        ? `o${i}-b`
        : `Answer ${i}\nline <${i}> & "${i}"`,
  href: (i) => `/page/${i}?a=1&b="${i}"`,
  min: () => '1900-01-01',
  max: () => '2100-12-31',
  'error-parts': (i) => ['day', 'month', 'year'][i % 3]!,
};

/** One set of attributes for render number `i` of `tag`, from its props spec. */
export function attributesFor(tag: string, i: number): Attributes {
  const spec: PropSpec = definitions.find((d) => d.tag === tag)!.props;
  const attributes: Attributes = {};
  for (const [prop, def] of Object.entries(spec)) {
    const name = attributeName(prop, def);
    const special = specialValues[name];
    if (special) attributes[name] = special(i, tag);
    else if (def.values) attributes[name] = def.values[i % def.values.length]!;
    else if (def.kind === 'boolean') attributes[name] = i % 3 === 0;
    else if (def.kind === 'number') attributes[name] = 1 + (i % 300);
    else if (def.kind === 'text') {
      attributes[name] = `${prop} ${i} <b>&</b>`;
      attributes[`${name}-cy`] = `${prop} cy ${i}`;
    } else if (def.kind === 'string') attributes[name] = `${prop}-${i}`;
  }
  return attributes;
}

/** Author content for render `i`: options for a select, revealed content for choices, text elsewhere. */
export function contentFor(tag: string, i: number): string {
  if (tag === 'cyd-select') return `<option value="x${i}">Choice ${i}</option><option value="y${i}" selected>Other ${i}</option>`;
  if (tag === 'cyd-radios' || tag === 'cyd-checkboxes') return `<div data-reveal-for="o${i}-a"><p>More about ${i}</p></div>`;
  if (tag === 'cyd-fieldset' || tag === 'cyd-button') return `<p>Content ${i} &amp; more</p>`;
  return '';
}

function attributeText(attributes: Attributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    text += value === true ? ` ${name}` : ` ${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  }
  return text;
}

/** Renders `tag` once, alternating renderElement and expandHTML, Welsh and English. */
export function renderOnce(tag: string, i: number): string {
  const attributes = attributesFor(tag, i);
  const content = contentFor(tag, i);
  const onProblem = (): void => {};
  if (i % 2 === 0) return renderElement(tag, attributes, { locale: i % 4 === 0 ? 'cy' : 'en', content, onProblem });
  return expandHTML(`<div lang="${i % 4 === 1 ? 'cy' : 'en'}"><${tag}${attributeText(attributes)}>${content}</${tag}></div>`, { onProblem });
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('render-many needs node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      tags: { type: 'string', default: 'all' },
      'warm-up': { type: 'string', default: '300' },
      rounds: { type: 'string', default: '4' },
      renders: { type: 'string', default: '500' },
    },
  });
  const tags = values.tags === 'all' ? serverTags() : values.tags.split(',');
  let i = 0;
  let bytes = 0;
  const renderAll = (count: number): void => {
    for (let n = 0; n < count; n++, i++) for (const tag of tags) bytes += renderOnce(tag, i).length;
  };
  renderAll(Number(values['warm-up']));
  const heap = [heapAfterGc()];
  for (let round = 0; round < Number(values.rounds); round++) {
    renderAll(Number(values.renders));
    heap.push(heapAfterGc());
  }
  process.stdout.write(`${JSON.stringify({ tags, rendersPerTag: i, heap, bytes })}\n`);
}
