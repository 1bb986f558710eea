import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../tag/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { tagDefinition, tagProps } from './tag.template.js';

type TagArgs = StoryArgs<typeof tagProps>;

const meta = {
  title: 'Components/Tag',
  component: 'cyd-tag',
  render: (args: TagArgs) => elementFromArgs(tagDefinition, args),
  args: {},
  argTypes: argTypesFor(tagProps),
} satisfies Meta<TagArgs>;

export default meta;
type Story = StoryObj<TagArgs>;

/** Its own words, in the language the toolbar chooses. */
export const Default: Story = {};

/** The author's words in both languages. */
export const AuthorWords: Story = {
  args: { words: 'Cardiff', wordsCy: 'Caerdydd' },
};
