import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../code-input/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { codeInputDefinition, codeInputProps } from './code-input.template.js';
import type { CydCodeInput } from './code-input.js';

type CodeInputArgs = StoryArgs<typeof codeInputProps>;

const meta = {
  title: 'Components/Code input',
  component: 'cyd-code-input',
  render: (args: CodeInputArgs) => elementFromArgs(codeInputDefinition, args),
  args: { name: 'code' },
  argTypes: argTypesFor(codeInputProps),
} satisfies Meta<CodeInputArgs>;

export default meta;
type Story = StoryObj<CodeInputArgs>;

/** A story's element given `value` as if typed, and checked as Continue would when `check` is set. */
function answered(value: string, check: boolean) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<CydCodeInput>('cyd-code-input');
    if (!element) return;
    await element.updateComplete;
    element.value = value;
    if (check) element.validate();
    await element.updateComplete;
  };
}

/** Our standard label, "Security code" / "Cod diogelwch", when the page gives none. */
export const Default: Story = {};

/** The page's own hint, then when the code expires, in words. */
export const WithHintAndExpiry: Story = {
  args: {
    label: 'Enter the security code',
    labelCy: 'Rhowch y cod diogelwch',
    hint: 'We sent a text message to your phone number ending in 4321',
    hintCy: 'Rydym wedi anfon neges destun i’ch rhif ffôn sy’n gorffen gyda 4321',
    expiresIn: 15,
  },
};

/** "Problems with the code?" opens to a link that sends a new code. */
export const WithResendLink: Story = {
  args: { expiresIn: 15, resendHref: '/sign-in/resend-code' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<CydCodeInput>('cyd-code-input');
    await element?.updateComplete;
    const details = element?.querySelector('details');
    if (details) details.open = true;
  },
};

/** Continue pressed with the box empty. */
export const EmptyError: Story = {
  args: { resendHref: '/sign-in/resend-code' },
  play: answered('', true),
};

/** A code with too few digits: the length is said, in the element's language. */
export const WrongLengthError: Story = { play: answered('1234', true) };

/** A code with letters in it. */
export const NotDigitsError: Story = { play: answered('12O456', true) };

/** The server found the code wrong or expired: its words, in the page's language. */
export const WithServerError: Story = {
  args: {
    error: 'The security code is not correct',
    errorCy: 'Nid yw’r cod diogelwch yn gywir',
    resendHref: '/sign-in/resend-code',
  },
};

/** An authenticator app's code, or a longer code from a letter: `length` says how many digits. */
export const EightDigits: Story = {
  args: {
    label: 'Enter the 8 digit code from the letter',
    labelCy: 'Rhowch y cod 8 digid o’r llythyr',
    length: 8,
  },
};

/** A pasted code with spaces and a dash: the box keeps only the digits once the person leaves it. */
export const PastedWithSpaces: Story = { play: answered('123 456', false) };

export const Disabled: Story = {
  args: { disabled: true, expiresIn: 15 },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshLabelAtNarrowWidth: Story = {
  args: {
    label: 'Enter the security code we sent to your mobile phone',
    labelCy: 'Rhowch y cod diogelwch a anfonwyd gennym i’ch ffôn symudol',
    expiresIn: 15,
    resendHref: '/sign-in/resend-code',
    error: 'The security code must be 6 digits',
    errorCy: 'Rhaid i’r cod diogelwch fod yn 6 digid',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
