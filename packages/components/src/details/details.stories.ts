import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../details/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { detailsDefinition, detailsProps } from './details.template.js';

type DetailsArgs = StoryArgs<typeof detailsProps>;

const meta = {
  title: 'Components/Details',
  component: 'cyd-details',
  render: (args: DetailsArgs) => elementFromArgs(detailsDefinition, args),
  args: {},
  argTypes: argTypesFor(detailsProps),
} satisfies Meta<DetailsArgs>;

export default meta;
type Story = StoryObj<DetailsArgs>;

/** Its own words, in the language the toolbar chooses. */
export const Default: Story = {};

/** The author's words in both languages. */
export const AuthorWords: Story = {
  args: { words: 'Cardiff', wordsCy: 'Caerdydd' },
};
