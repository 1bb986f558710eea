import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../header/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { headerDefinition, headerProps } from './header.template.js';

type HeaderArgs = StoryArgs<typeof headerProps>;

const meta = {
  title: 'Components/Header',
  component: 'cyd-header',
  render: (args: HeaderArgs) => elementFromArgs(headerDefinition, args),
  args: {},
  argTypes: argTypesFor(headerProps),
} satisfies Meta<HeaderArgs>;

export default meta;
type Story = StoryObj<HeaderArgs>;

/** Its own words, in the language the toolbar chooses. */
export const Default: Story = {};

/** The author's words in both languages. */
export const AuthorWords: Story = {
  args: { words: 'Cardiff', wordsCy: 'Caerdydd' },
};
