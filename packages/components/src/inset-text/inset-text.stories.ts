import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../inset-text/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { insetTextDefinition, insetTextProps } from './inset-text.template.js';

type InsetTextArgs = StoryArgs<typeof insetTextProps>;

const meta = {
  title: 'Components/Inset text',
  component: 'cyd-inset-text',
  render: (args: InsetTextArgs) => elementFromArgs(insetTextDefinition, args),
  args: {
    words: 'It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.',
    wordsCy: 'Gall gymryd hyd at 8 wythnos i gofrestru atwrneiaeth arhosol os nad oes unrhyw gamgymeriadau yn y cais.',
  },
  argTypes: argTypesFor(insetTextProps),
} satisfies Meta<InsetTextArgs>;

export default meta;
type Story = StoryObj<InsetTextArgs>;

export const Default: Story = {};

export const LongWelshAtNarrowWidth: Story = {
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
