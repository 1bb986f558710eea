import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../inset-text/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { insetTextDefinition, insetTextProps } from './inset-text.template.js';

type InsetTextArgs = StoryArgs<typeof insetTextProps>;

const meta = {
  title: 'Components/Inset text',
  component: 'cyd-inset-text',
  render: (args: InsetTextArgs) => elementFromArgs(insetTextDefinition, args),
  args: {},
  argTypes: argTypesFor(insetTextProps),
} satisfies Meta<InsetTextArgs>;

export default meta;
type Story = StoryObj<InsetTextArgs>;

/** Its own words, in the language the toolbar chooses. */
export const Default: Story = {};

/** The author's words in both languages. */
export const AuthorWords: Story = {
  args: { words: 'Cardiff', wordsCy: 'Caerdydd' },
};
