import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../text-input/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { textInputDefinition, textInputProps } from './text-input.template.js';
import type { CydTextInput } from './text-input.js';
import { INPUT_WIDTHS } from './text-input.template.js';

type TextInputArgs = StoryArgs<typeof textInputProps>;

const renderTextInput = (args: TextInputArgs) => elementFromArgs(textInputDefinition, args);

const meta = {
  title: 'Components/Text input',
  component: 'cyd-text-input',
  render: renderTextInput,
  args: {
    name: 'full-name',
    label: 'Full name',
    labelCy: 'Enw llawn',
    autocomplete: 'name',
    spellCheck: 'false',
  },
  argTypes: argTypesFor(textInputProps),
} satisfies Meta<TextInputArgs>;

export default meta;
type Story = StoryObj<TextInputArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    name: 'postcode',
    label: 'Postcode',
    labelCy: 'Cod post',
    hint: 'For example, CF10 1EP',
    hintCy: 'Er enghraifft, CF10 1EP',
    autocomplete: 'postal-code',
    width: '10',
  },
};

export const Optional: Story = {
  args: {
    name: 'preferred-name',
    label: 'Preferred name',
    labelCy: 'Enw a ffefrir',
    autocomplete: 'nickname',
    optional: true,
  },
};

/** An error the server found, shown until the field is checked again in the browser. */
export const WithServerError: Story = {
  args: {
    name: 'nhs-number',
    label: 'NHS number',
    labelCy: 'Rhif GIG',
    hint: 'This is a 10 digit number, like 485 777 3456',
    hintCy: 'Mae hwn yn rhif 10 digid, fel 485 777 3456',
    error: 'Enter a real NHS number, like 485 777 3456',
    errorCy: 'Rhowch rif GIG go iawn, fel 485 777 3456',
    defaultValue: '123 456',
    inputmode: 'numeric',
    autocomplete: 'off',
    width: '10',
  },
};

/** A required field left empty: the author's message naming the field, not our generic one. */
export const RequiredAndEmpty: Story = {
  args: {
    name: 'full-name',
    label: 'Full name',
    labelCy: 'Enw llawn',
    required: true,
    requiredMessage: 'Enter your full name',
    requiredMessageCy: 'Rhowch eich enw llawn',
  },
  // What the person sees after pressing the form's button with nothing typed.
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<CydTextInput>('cyd-text-input');
    input?.validate();
    await input?.updateComplete;
  },
};

export const Disabled: Story = {
  args: {
    name: 'reference',
    label: 'Application reference',
    labelCy: 'Cyfeirnod y cais',
    defaultValue: 'CYD-2024-0042',
    disabled: true,
    autocomplete: 'off',
  },
};

export const Prefilled: Story = {
  args: {
    defaultValue: 'Siân Llywelyn',
  },
};

const widthLabels: Record<(typeof INPUT_WIDTHS)[number], [en: string, cy: string]> = {
  '2': ['2 characters wide', '2 nod o led'],
  '3': ['3 characters wide', '3 nod o led'],
  '4': ['4 characters wide', '4 nod o led'],
  '5': ['5 characters wide', '5 nod o led'],
  '10': ['10 characters wide', '10 nod o led'],
  '20': ['20 characters wide', '20 nod o led'],
  '30': ['30 characters wide', '30 nod o led'],
  full: ['Full width', 'Lled llawn'],
  'three-quarters': ['Three-quarters width', 'Lled tri chwarter'],
  'two-thirds': ['Two-thirds width', 'Lled dwy ran o dair'],
  'one-half': ['One-half width', 'Lled hanner'],
  'one-third': ['One-third width', 'Lled traean'],
  'one-quarter': ['One-quarter width', 'Lled chwarter'],
};

/** Fixed widths fit the expected answer; fluid widths follow the container. */
export const Widths: Story = {
  render: () =>
    html`${INPUT_WIDTHS.map((width) => {
      const [label, labelCy] = widthLabels[width];
      return renderTextInput({ name: `width-${width}`, label, labelCy, width, autocomplete: 'off' });
    })}`,
};

export const Email: Story = {
  args: {
    name: 'email',
    label: 'Email address',
    labelCy: 'Cyfeiriad e-bost',
    hint: 'We’ll only use this to send you a receipt',
    hintCy: 'Byddwn ond yn defnyddio hwn i anfon derbynneb atoch',
    type: 'email',
    autocomplete: 'email',
    spellCheck: 'false',
  },
};

/** A code people copy from a letter: no capitals forced on phone keyboards, "Next" on the Enter key, a length checked in our words on submit. */
export const Code: Story = {
  args: {
    name: 'reference',
    label: 'Reference number',
    labelCy: 'Cyfeirnod',
    hint: 'It is 8 letters and numbers, on the letter we sent you',
    hintCy: 'Mae’n 8 llythyren a rhif, ar y llythyr a anfonwyd atoch',
    autoCapitalize: 'none',
    enterkeyhint: 'next',
    spellCheck: 'false',
    minlength: 8,
    maxlength: 8,
    width: '10',
  },
};

/** Shown but not changed; still submitted with the form (unlike disabled). */
export const ReadOnly: Story = {
  args: {
    name: 'issued-reference',
    label: 'Your reference number',
    labelCy: 'Eich cyfeirnod',
    defaultValue: 'KX47RT92',
    readonly: true,
  },
};

export const Telephone: Story = {
  args: {
    name: 'telephone',
    label: 'UK telephone number',
    labelCy: 'Rhif ffôn yn y DU',
    hint: 'For international numbers include the country code',
    hintCy: 'Ar gyfer rhifau rhyngwladol, cynhwyswch god y wlad',
    type: 'tel',
    autocomplete: 'tel',
    width: '20',
  },
};

export const NumberType: Story = {
  name: 'Number',
  args: {
    name: 'household-size',
    label: 'How many people live in your home?',
    labelCy: 'Faint o bobl sy’n byw yn eich cartref?',
    type: 'number',
    autocomplete: 'off',
    width: '3',
  },
};

export const Password: Story = {
  args: {
    name: 'password',
    label: 'Password',
    labelCy: 'Cyfrinair',
    type: 'password',
    autocomplete: 'current-password',
    width: '20',
  },
};

/** Prefix and suffix are hidden from screen readers, so the label says the unit too. */
export const PrefixAndSuffix: Story = {
  args: {
    name: 'cost-per-item',
    label: 'Cost per item, in pounds',
    labelCy: 'Cost fesul eitem, mewn punnoedd',
    inputPrefix: '£',
    inputPrefixCy: '£',
    inputSuffix: 'per item',
    inputSuffixCy: 'yr eitem',
    inputmode: 'decimal',
    autocomplete: 'off',
    width: '5',
  },
};

/** On a one-question page the label is the page's heading. */
export const LabelAsPageHeading: Story = {
  args: {
    name: 'full-name',
    label: 'What is your full name?',
    labelCy: 'Beth yw eich enw llawn?',
    labelSize: 'l',
    isPageHeading: true,
  },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshLabelAtNarrowWidth: Story = {
  args: {
    name: 'village',
    label: 'The name of the village or town where you registered the birth',
    labelCy: 'Enw’r pentref neu’r dref lle gwnaethoch gofrestru’r enedigaeth, er enghraifft Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
    hint: 'As shown on the birth certificate',
    hintCy: 'Fel y mae wedi’i ddangos ar y dystysgrif geni',
    error: 'Enter the name of the village or town',
    errorCy: 'Rhowch enw’r pentref neu’r dref',
    autocomplete: 'address-level2',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
