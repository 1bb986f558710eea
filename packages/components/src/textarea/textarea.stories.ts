import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../textarea/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { textareaDefinition, textareaProps } from './textarea.template.js';
import type { CydTextarea } from './textarea.js';

type TextareaArgs = StoryArgs<typeof textareaProps>;

const renderTextarea = (args: TextareaArgs) => elementFromArgs(textareaDefinition, args);

const meta = {
  title: 'Components/Textarea',
  component: 'cyd-textarea',
  render: renderTextarea,
  args: {
    name: 'more-detail',
    label: 'Can you provide more detail?',
    labelCy: 'Allwch chi roi rhagor o fanylion?',
  },
  argTypes: argTypesFor(textareaProps),
} satisfies Meta<TextareaArgs>;

export default meta;
type Story = StoryObj<TextareaArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    hint: 'Do not include personal or financial information, like your National Insurance number or credit card details.',
    hintCy: 'Peidiwch â chynnwys gwybodaeth bersonol neu ariannol, fel eich rhif Yswiriant Gwladol neu fanylion eich cerdyn credyd.',
  },
};

/** An error the server found, shown until the field is checked again in the browser. */
export const WithServerError: Story = {
  args: {
    error: 'Enter more detail about the problem',
    errorCy: 'Rhowch ragor o fanylion am y broblem',
  },
};

/** A required field left empty: the author's message naming the field. */
export const RequiredAndEmpty: Story = {
  args: {
    required: true,
    requiredMessage: 'Enter more detail',
    requiredMessageCy: 'Rhowch ragor o fanylion',
  },
  play: async ({ canvasElement }) => {
    const textarea = canvasElement.querySelector<CydTextarea>('cyd-textarea');
    textarea?.validate();
    await textarea?.updateComplete;
  },
};

export const Disabled: Story = {
  args: { defaultValue: 'The bin was not collected on Tuesday.', disabled: true },
};

/** The `value` attribute is the starting text (line breaks kept), restored by form reset. */
export const Prefilled: Story = {
  args: { defaultValue: 'The bin was not collected on Tuesday.\nIt was out by 7am.' },
};

export const MoreRows: Story = {
  args: { rows: 10, label: 'Describe the incident', labelCy: 'Disgrifiwch y digwyddiad' },
};

/** On a one-question page the label is the page's heading. */
export const LabelAsPageHeading: Story = {
  args: { labelSize: 'l', isPageHeading: true },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshLabelAtNarrowWidth: Story = {
  args: {
    label: 'Describe any extra support needs you have when using council services',
    labelCy: 'Disgrifiwch unrhyw anghenion cymorth ychwanegol sydd gennych wrth ddefnyddio gwasanaethau’r cyngor',
    error: 'Describe your support needs',
    errorCy: 'Disgrifiwch eich anghenion cymorth',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
