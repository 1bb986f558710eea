import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../table/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { tableDefinition, tableProps } from './table.template.js';

type TableArgs = StoryArgs<typeof tableProps>;

/** Welsh principal areas: English and Welsh names sort differently ("ch", "ll", and the names themselves). */
const councils = [
  [{ text: { en: 'Cardiff', cy: 'Caerdydd' } }, '372,089'],
  [{ text: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' } }, '187,568'],
  [{ text: { en: 'Conwy', cy: 'Conwy' } }, '114,741'],
  [{ text: { en: 'Flintshire', cy: 'Sir y Fflint' } }, '155,155'],
  [{ text: { en: 'Gwynedd', cy: 'Gwynedd' } }, '117,367'],
  [{ text: { en: 'Isle of Anglesey', cy: 'Ynys Môn' } }, '68,922'],
  [{ text: { en: 'Merthyr Tydfil', cy: 'Merthyr Tudful' } }, '58,841'],
  [{ text: { en: 'Newport', cy: 'Casnewydd' } }, '159,587'],
];

const head = [{ text: { en: 'Council', cy: 'Cyngor' } }, { text: { en: 'Population', cy: 'Poblogaeth' }, format: 'numeric' }];

const meta = {
  title: 'Components/Table',
  component: 'cyd-table',
  render: (args: TableArgs) => elementFromArgs(tableDefinition, args),
  args: { caption: 'Population of Welsh councils, 2021', captionCy: 'Poblogaeth cynghorau Cymru, 2021', captionSize: 'm', head, rows: councils },
  argTypes: argTypesFor(tableProps),
} satisfies Meta<TableArgs>;

export default meta;
type Story = StoryObj<TableArgs>;

/** A caption, column headers with scope and a right-aligned numeric column. */
export const Default: Story = {};

/** The first cell of each row is its row's header (`<th scope="row">`). */
export const FirstCellIsHeader: Story = {
  args: {
    caption: 'Dates and amounts',
    captionCy: 'Dyddiadau a symiau',
    head: [{ text: { en: 'Date', cy: 'Dyddiad' } }, { text: { en: 'Amount', cy: 'Swm' }, format: 'numeric' }],
    rows: [
      [{ text: { en: 'First 6 weeks', cy: '6 wythnos gyntaf' } }, { text: { en: '£109.80 per week', cy: '£109.80 yr wythnos' } }],
      [{ text: { en: 'Next 33 weeks', cy: '33 wythnos nesaf' } }, { text: { en: '£184.03 per week', cy: '£184.03 yr wythnos' } }],
      [{ text: { en: 'Total estimated pay', cy: 'Cyfanswm y tâl amcangyfrifedig' } }, '£4,282.20'],
    ],
    firstCellIsHeader: true,
  },
};

/** Header buttons sort the rows; on a Welsh page in Welsh alphabetical order. Choose a header to sort. */
export const Sortable: Story = {
  args: { sortable: true },
};

/** Sorted by population, largest first, as a server can send it. */
export const SortedDescending: Story = {
  args: { sortable: true, sortColumn: 1, sortDirection: 'descending' },
};

/** Rows read from a `<table>` written inside the element (here with Welsh twins on each cell). */
export const FromTableContent: Story = {
  args: { caption: undefined, captionCy: undefined, head: undefined, rows: undefined, captionSize: 's' },
  render: (args: TableArgs) =>
    elementFromArgs(
      tableDefinition,
      args,
      `<table><caption data-text-cy="Diwrnodau casglu biniau">Bin collection days</caption>
        <thead><tr><th data-text-cy="Bin">Bin</th><th data-text-cy="Diwrnod">Day</th></tr></thead>
        <tbody><tr><td data-text-cy="Ailgylchu">Recycling</td><td data-text-cy="Dydd Llun">Monday</td></tr>
        <tr><td data-text-cy="Gwastraff bwyd">Food waste</td><td data-text-cy="Dydd Mawrth">Tuesday</td></tr></tbody></table>`,
    ),
};
