import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../details/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { detailsDefinition, detailsProps } from './details.template.js';

type DetailsArgs = StoryArgs<typeof detailsProps>;

const meta = {
  title: 'Components/Details',
  component: 'cyd-details',
  render: (args: DetailsArgs) => elementFromArgs(detailsDefinition, args),
  args: {
    summaryText: 'Help with nationality',
    summaryTextCy: 'Help gyda chenedligrwydd',
    words: 'We need to know your nationality so we can work out which elections you’re entitled to vote in.',
    wordsCy: 'Mae angen i ni wybod eich cenedligrwydd fel y gallwn weithio allan pa etholiadau y mae gennych hawl i bleidleisio ynddynt.',
  },
  argTypes: argTypesFor(detailsProps),
} satisfies Meta<DetailsArgs>;

export default meta;
type Story = StoryObj<DetailsArgs>;

/** Closed: press Tab then Enter or Space in the canvas. */
export const Default: Story = {};

export const Open: Story = { args: { open: true } };

/** As a keyboard user sees it after one Tab. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('summary')?.focus();
  },
};

export const LongWelshAtNarrowWidth: Story = {
  args: { open: true, summaryTextCy: 'Help gyda chenedligrwydd a’r dogfennau adnabod y bydd eu hangen arnoch' },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
