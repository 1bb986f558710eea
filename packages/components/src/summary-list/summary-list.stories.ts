import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../summary-list/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { type SummaryRow, summaryListDefinition, summaryListProps } from './summary-list.template.js';

type SummaryListArgs = StoryArgs<typeof summaryListProps>;

const change = (href: string, en: string, cy: string) => ({ href, visuallyHiddenText: { en, cy } });

const answers: SummaryRow[] = [
  { key: { en: 'Name', cy: 'Enw' }, value: 'Sarah Philips', actions: [change('#name', 'name', 'enw')] },
  {
    key: { en: 'Date of birth', cy: 'Dyddiad geni' },
    value: { en: '5 January 1978', cy: '5 Ionawr 1978' },
    actions: [change('#dob', 'date of birth', 'dyddiad geni')],
  },
  { key: { en: 'Address', cy: 'Cyfeiriad' }, value: '72 Heol y Frenhines, Caerdydd, CF10 2BQ', actions: [change('#address', 'address', 'cyfeiriad')] },
  {
    key: { en: 'Contact details', cy: 'Manylion cyswllt' },
    value: 'sarah.phillips@example.com',
    actions: [change('#contact', 'contact details', 'manylion cyswllt')],
  },
];

const meta = {
  title: 'Components/Summary list',
  component: 'cyd-summary-list',
  render: (args: SummaryListArgs) => elementFromArgs(summaryListDefinition, args),
  args: { rows: answers },
  argTypes: argTypesFor(summaryListProps),
} satisfies Meta<SummaryListArgs>;

export default meta;
type Story = StoryObj<SummaryListArgs>;

/** Answers with "Change" / "Newid" links that say, to screen readers, what they change. */
export const Default: Story = {};

/** Rows with no actions at all. */
export const WithoutActions: Story = {
  args: { rows: answers.map(({ actions: _actions, ...row }) => row) },
};

/** Some rows with actions, some without. */
export const SomeRowsWithActions: Story = {
  args: { rows: answers.map((row, index) => (index % 2 === 0 ? row : { key: row.key, value: row.value })) },
};

/** More than one action in a row. */
export const SeveralActions: Story = {
  args: {
    rows: [
      {
        key: { en: 'Address', cy: 'Cyfeiriad' },
        value: '72 Heol y Frenhines, Caerdydd',
        actions: [change('#address', 'address', 'cyfeiriad'), { ...change('#remove', 'address', 'cyfeiriad'), text: { en: 'Delete', cy: 'Dileu' } }],
      },
    ],
  },
};

/** A missing answer shown as a link to give it, in the author's words in each language. */
export const MissingAnswer: Story = {
  args: {
    rows: [
      answers[0]!,
      { key: { en: 'Email address', cy: 'Cyfeiriad e-bost' }, missing: { href: '#email', text: { en: 'Enter email address', cy: 'Rhowch gyfeiriad e-bost' } } },
    ],
  },
};

/** No lines between rows. */
export const Borderless: Story = {
  args: { borderless: true, rows: answers.map(({ actions: _actions, ...row }) => row) },
};

/** Rows written as elements inside, their values as markup. */
export const FromContent: Story = {
  args: { rows: undefined },
  render: (args: SummaryListArgs) =>
    elementFromArgs(
      summaryListDefinition,
      args,
      `<div data-row="name" data-key="Name" data-key-cy="Enw" data-change-href="#name" data-hidden="name" data-hidden-cy="enw">Sarah Philips</div>
       <div data-row="address" data-key="Address" data-key-cy="Cyfeiriad" data-change-href="#address" data-hidden="address" data-hidden-cy="cyfeiriad">72 Heol y Frenhines<br>Caerdydd<br>CF10 2BQ</div>
       <div data-row="phone" data-key="Phone" data-key-cy="Ffôn" data-missing-href="#phone" data-missing-text="Enter phone number" data-missing-text-cy="Rhowch rif ffôn"></div>`,
    ),
};
