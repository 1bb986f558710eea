import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../panel/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { panelDefinition, panelProps } from './panel.template.js';

type PanelArgs = StoryArgs<typeof panelProps>;

const meta = {
  title: 'Components/Panel',
  component: 'cyd-panel',
  render: (args: PanelArgs) => elementFromArgs(panelDefinition, args),
  args: { titleText: 'Application complete', titleTextCy: 'Cais wedi’i gwblhau', reference: 'HDJ2123F' },
  argTypes: argTypesFor(panelProps),
} satisfies Meta<PanelArgs>;

export default meta;
type Story = StoryObj<PanelArgs>;

/** The confirmation page's h1, with the reference the person keeps. */
export const Default: Story = {};

export const TitleOnly: Story = { args: { reference: undefined } };

export const WithText: Story = {
  args: { reference: undefined, words: 'We have sent you a confirmation email.', wordsCy: 'Rydym wedi anfon e-bost cadarnhau atoch.' },
};

export const OwnReferenceLabel: Story = {
  args: { reference: 'CF-2026-0042', referenceLabel: 'Your case number', referenceLabelCy: 'Rhif eich achos' },
};

export const LongWelshAtNarrowWidth: Story = {
  args: { titleTextCy: 'Mae eich cais am drwydded barcio i breswylwyr wedi’i gwblhau' },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
