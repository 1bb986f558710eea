import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../warning-text/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { warningTextDefinition, warningTextProps } from './warning-text.template.js';

type WarningTextArgs = StoryArgs<typeof warningTextProps>;

const meta = {
  title: 'Components/Warning text',
  component: 'cyd-warning-text',
  render: (args: WarningTextArgs) => elementFromArgs(warningTextDefinition, args),
  args: {},
  argTypes: argTypesFor(warningTextProps),
} satisfies Meta<WarningTextArgs>;

export default meta;
type Story = StoryObj<WarningTextArgs>;

/** Its own words, in the language the toolbar chooses. */
export const Default: Story = {};

/** The author's words in both languages. */
export const AuthorWords: Story = {
  args: { words: 'Cardiff', wordsCy: 'Caerdydd' },
};
