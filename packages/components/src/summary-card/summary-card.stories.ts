import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../summary-card/define.js';
import '../summary-list/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { summaryCardDefinition, summaryCardProps } from './summary-card.template.js';

type SummaryCardArgs = StoryArgs<typeof summaryCardProps>;

/** The list inside, written as an author would: Welsh twins on every text, the card's title as context. */
const list = `<cyd-summary-list card-title="University of Gloucestershire" card-title-cy="Prifysgol Swydd Gaerloyw">
  <div data-row="course" data-key="Course" data-key-cy="Cwrs" data-value="English" data-value-cy="Saesneg" data-change-href="#course" data-hidden="course" data-hidden-cy="cwrs"></div>
  <div data-row="location" data-key="Location" data-key-cy="Lleoliad" data-value="Cheltenham" data-change-href="#location" data-hidden="location" data-hidden-cy="lleoliad"></div>
  <div data-row="start" data-key="Start date" data-key-cy="Dyddiad dechrau" data-value="September 2026" data-value-cy="Medi 2026"></div>
</cyd-summary-list>`;

const meta = {
  title: 'Components/Summary card',
  component: 'cyd-summary-card',
  render: (args: SummaryCardArgs) => elementFromArgs(summaryCardDefinition, args, list),
  args: { cardTitle: 'University of Gloucestershire', cardTitleCy: 'Prifysgol Swydd Gaerloyw', changeHref: '#change', deleteHref: '#delete' },
  argTypes: argTypesFor(summaryCardProps),
} satisfies Meta<SummaryCardArgs>;

export default meta;
type Story = StoryObj<SummaryCardArgs>;

/** A title, "Change" and "Delete" for the whole card, and its summary list. */
export const Default: Story = {};

/** One card action: a plain link, not a list. */
export const OneAction: Story = {
  args: { changeHref: undefined },
};

/** No card actions. */
export const WithoutActions: Story = {
  args: { changeHref: undefined, deleteHref: undefined },
};

/** An action in the author's words, and the title as an h3 under a page's h2. */
export const OwnActionAndHeadingLevel: Story = {
  args: { headingLevel: 3, changeHref: undefined, actions: [{ href: '#withdraw', text: { en: 'Withdraw', cy: 'Tynnu’n ôl' } }] },
};
