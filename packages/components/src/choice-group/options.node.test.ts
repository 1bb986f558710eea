// Wrong `options` for radios, checkboxes and select (issue 12, bad developer
// input): every wrong entry is left out with a developer error naming the
// element, the index and the shape options take, and the valid entries
// still render. Nothing throws, and the page around goes on.
import '../../../../test/node-globals.js';
import { expect } from 'chai';
import { expandHTML, renderElement } from '../server.js';
import { attr, byTag, parseHTML } from '../../../../test/support/html.js';
import { CHOICE_OPTIONS_ADVISED, CHOICE_OPTIONS_EXAMPLE, CHOICE_OPTIONS_LIMIT } from './choice-group.template.js';
import { SELECT_OPTIONS_EXAMPLE, SELECT_OPTIONS_LIMIT } from '../select/select.template.js';

interface Case {
  tag: string;
  /** The shape every message about options shows. */
  example: string;
  /** One valid option, as this tag takes it. */
  valid: Record<string, unknown>;
  /** Whether `"value":""` is an option (a select's prompt) rather than a mistake. */
  emptyValue: boolean;
  /** The values the rendered controls carry. */
  values(html: string): (string | undefined)[];
}

const cases: Case[] = [
  ...['cyd-radios', 'cyd-checkboxes'].map((tag) => ({
    tag,
    example: CHOICE_OPTIONS_EXAMPLE,
    valid: { value: 'ok', label: { en: 'OK', cy: 'Iawn' } },
    emptyValue: false,
    values: (html: string) => byTag(parseHTML(html), 'input').map((input) => attr(input, 'value')),
  })),
  {
    tag: 'cyd-select',
    example: SELECT_OPTIONS_EXAMPLE,
    valid: { value: 'ok', text: { en: 'OK', cy: 'Iawn' } },
    emptyValue: true,
    values: (html: string) => byTag(parseHTML(html), 'option').map((option) => attr(option, 'value')),
  },
];

function render(tag: string, options: string): { html: string; problems: string[] } {
  const problems: string[] = [];
  const html = renderElement(tag, { name: 'colour', label: 'Colour?', 'label-cy': 'Lliw?', options }, { onProblem: (p) => problems.push(p) });
  return { html, problems };
}

for (const { tag, example, valid, emptyValue, values } of cases) {
  describe(`${tag}: wrong options`, () => {
    const element = `<${tag} name="colour">`;

    it('leaves out a null entry, names its index, and renders the valid ones', () => {
      const { html, problems } = render(tag, JSON.stringify([null, valid]));
      expect(values(html)).to.deep.equal(['ok']);
      expect(problems).to.have.lengthOf(1);
      expect(problems[0]).to.contain(`<${tag}>: options[0] is null, so it was left out`);
    });

    it("with only null (options='[null]'), says there are no options and shows the shape", () => {
      const { html, problems } = render(tag, '[null]');
      expect(values(html)).to.deep.equal([]);
      expect(problems.join('\n')).to.contain('options[0] is null').and.contain(`${element} has no options`).and.contain(`options='${example}'`);
    });

    it('leaves out numbers, strings and lists, naming each index and the shape', () => {
      const { html, problems } = render(tag, JSON.stringify([42, valid, 'ok', ['ok']]));
      expect(values(html)).to.deep.equal(['ok']);
      expect(problems).to.deep.equal([
        `${element}: options[0] is a number (42), not an option, so it was left out. Give each option as ${example}.`,
        `${element}: options[2] is a string ("ok"), not an option, so it was left out. Give each option as ${example}.`,
        `${element}: options[3] is an array, not an option, so it was left out. Give each option as ${example}.`,
      ]);
    });

    it('leaves out an object without a string value, naming its index and the shape', () => {
      const { html, problems } = render(
        tag,
        JSON.stringify([
          { label: 'No value', text: 'No value' },
          valid,
          { value: 7, label: 'Seven', text: 'Seven' },
          { value: '', label: 'Empty', text: 'Empty' },
        ]),
      );
      expect(values(html)).to.deep.equal(emptyValue ? ['ok', ''] : ['ok']);
      const refused = emptyValue ? [0, 2] : [0, 2, 3];
      expect(problems.map((p) => p.slice(0, `${element}: options[0]`.length))).to.deep.equal(refused.map((i) => `${element}: options[${i}]`));
      for (const problem of problems) expect(problem).to.contain('left out').and.contain(example);
    });

    it('names an entry after a null by its index in the author’s list', () => {
      const { html, problems } = render(tag, JSON.stringify([null, null, valid, 5]));
      expect(values(html)).to.deep.equal(['ok']);
      expect(problems.filter((p) => p.includes('options[3] is a number (5)'))).to.have.lengthOf(1, problems.join('\n'));
    });

    it('refuses options that are not a list, with the shape', () => {
      for (const [options, what] of [
        ['{"value":"ok"}', 'an object'],
        ['"ok"', 'a string ("ok")'],
        ['7', 'a number (7)'],
        ['true', 'a boolean (true)'],
      ]) {
        const { html, problems } = render(tag, options!);
        expect(values(html)).to.deep.equal([]);
        expect(problems).to.include(`${element}: options is ${what}, not a list. Give options='${example}'.`);
      }
    });

    it('reports invalid JSON once, with the shape options take', () => {
      const { html, problems } = render(tag, '[{"value":');
      expect(values(html)).to.deep.equal([]);
      const aboutJson = problems.filter((p) => p.includes('options'));
      expect(aboutJson).to.have.lengthOf(2, aboutJson.join('\n'));
      expect(aboutJson[0]).to.contain('options is not valid JSON').and.contain(`options='${example}'`);
      expect(aboutJson[1]).to.contain('has no options');
    });

    it('renders the rest of a page around wrong options', () => {
      const problems: string[] = [];
      const page = `<${tag} name="a" label="A" options='[null,1,{"x":1}]'></${tag}><cyd-button text="After"></cyd-button>`;
      const root = parseHTML(expandHTML(page, { onProblem: (p) => problems.push(p) }));
      expect(byTag(root, 'button')).to.have.lengthOf(1);
      expect(problems.filter((p) => p.includes('options['))).to.have.lengthOf(3);
    });
  });
}

describe('cyd-select: wrong options inside a group', () => {
  it('leaves out a wrong option of a group, naming both indexes, and keeps the group and its valid options', () => {
    const problems: string[] = [];
    const options = JSON.stringify([
      null,
      { label: { en: 'Towns', cy: 'Trefi' }, options: [3, null, { value: 'bangor', text: 'Bangor' }, { text: 'No value' }] },
    ]);
    const root = parseHTML(renderElement('cyd-select', { name: 'town', label: 'Town', options }, { onProblem: (p) => problems.push(p) }));
    expect(byTag(root, 'optgroup').map((group) => attr(group, 'label'))).to.deep.equal(['Towns']);
    expect(byTag(root, 'option').map((option) => attr(option, 'value'))).to.deep.equal(['bangor']);
    expect(problems.slice(2)).to.deep.equal([
      `<cyd-select name="town">: options[1].options[0] is a number (3), not an option, so it was left out. Give each option as ${SELECT_OPTIONS_EXAMPLE}.`,
      `<cyd-select name="town">: options[1].options[3] is an object without a string "value", not an option, so it was left out. Give each option as ${SELECT_OPTIONS_EXAMPLE}.`,
    ]);
  });
});

// Absurd sizes (issue 12): a list far past what people can use is cut at a
// bound, so rendering stays bounded, and the developer is told what to use.
describe('options past the bounds', () => {
  const choices = (count: number) =>
    JSON.stringify(Array.from({ length: count }, (_, i) => ({ value: `v${i}`, label: { en: `Option ${i}`, cy: `Dewis ${i}` } })));

  for (const tag of ['cyd-radios', 'cyd-checkboxes']) {
    it(`${tag}: up to ${CHOICE_OPTIONS_ADVISED} options, no advice; one more, advice naming the count and what to use instead`, () => {
      expect(render(tag, choices(CHOICE_OPTIONS_ADVISED)).problems).to.deep.equal([]);
      const { html, problems } = render(tag, choices(CHOICE_OPTIONS_ADVISED + 1));
      expect(byTag(parseHTML(html), 'input')).to.have.lengthOf(CHOICE_OPTIONS_ADVISED + 1);
      expect(problems).to.have.lengthOf(1);
      expect(problems[0])
        .to.contain(`<${tag} name="colour"> has ${CHOICE_OPTIONS_ADVISED + 1} options`)
        .and.contain('<cyd-select>')
        .and.contain('<cyd-autocomplete>');
    });

    it(`${tag}: past ${CHOICE_OPTIONS_LIMIT} options, renders the first ${CHOICE_OPTIONS_LIMIT} and says the rest were left out`, () => {
      const { html, problems } = render(tag, choices(CHOICE_OPTIONS_LIMIT + 500));
      const inputs = byTag(parseHTML(html), 'input');
      expect(inputs).to.have.lengthOf(CHOICE_OPTIONS_LIMIT);
      expect(attr(inputs.at(-1)!, 'value')).to.equal(`v${CHOICE_OPTIONS_LIMIT - 1}`);
      expect(problems).to.deep.include.members([
        `<${tag} name="colour">: options has ${CHOICE_OPTIONS_LIMIT + 500} entries, and ${tag.slice(4)} show at most ${CHOICE_OPTIONS_LIMIT}, so the rest were left out. For a list this long, use <cyd-select> (with <cyd-autocomplete> around it, so people can type to find their answer), or ask a question first that narrows the list.`,
      ]);
    });
  }

  it(`cyd-select: past ${SELECT_OPTIONS_LIMIT} options, counting those in groups, renders the first ${SELECT_OPTIONS_LIMIT} and says so`, () => {
    const option = (i: number) => ({ value: `v${i}`, text: `Option ${i}` });
    const options = JSON.stringify([
      ...Array.from({ length: SELECT_OPTIONS_LIMIT - 10 }, (_, i) => option(i)),
      { label: 'More', options: Array.from({ length: 30 }, (_, i) => option(SELECT_OPTIONS_LIMIT - 10 + i)) },
    ]);
    const problems: string[] = [];
    const root = parseHTML(renderElement('cyd-select', { name: 'street', label: 'Street', options }, { onProblem: (p) => problems.push(p) }));
    const rendered = byTag(root, 'option');
    expect(rendered).to.have.lengthOf(SELECT_OPTIONS_LIMIT);
    expect(attr(rendered.at(-1)!, 'value')).to.equal(`v${SELECT_OPTIONS_LIMIT - 1}`);
    expect(problems).to.include(
      `<cyd-select name="street">: options has ${SELECT_OPTIONS_LIMIT + 20} options, and a select shows at most ${SELECT_OPTIONS_LIMIT}, so the rest were left out. For a list this long, search it on the server, or ask a question first that narrows it.`,
    );
    expect(render('cyd-select', JSON.stringify(Array.from({ length: SELECT_OPTIONS_LIMIT }, (_, i) => option(i)))).problems).to.deep.equal([]);
  });
});
