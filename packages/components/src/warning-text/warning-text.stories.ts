import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../warning-text/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { warningTextDefinition, warningTextProps } from './warning-text.template.js';

type WarningTextArgs = StoryArgs<typeof warningTextProps>;

const meta = {
  title: 'Components/Warning text',
  component: 'cyd-warning-text',
  render: (args: WarningTextArgs) => elementFromArgs(warningTextDefinition, args),
  args: {
    words: 'You can be fined up to £5,000 if you do not register.',
    wordsCy: 'Gallwch gael dirwy o hyd at £5,000 os nad ydych yn cofrestru.',
  },
  argTypes: argTypesFor(warningTextProps),
} satisfies Meta<WarningTextArgs>;

export default meta;
type Story = StoryObj<WarningTextArgs>;

/** Screen readers hear "Warning" / "Rhybudd" first, not the icon. */
export const Default: Story = {};

/** Another hidden word in place of "Warning" (GOV.UK's iconFallbackText). */
export const OwnFallbackText: Story = {
  args: { iconFallbackText: 'Danger', iconFallbackTextCy: 'Perygl' },
};

export const LongWelshAtNarrowWidth: Story = {
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
