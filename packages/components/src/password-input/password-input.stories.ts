import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../password-input/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { passwordInputDefinition, passwordInputProps } from './password-input.template.js';
import type { CydPasswordInput } from './password-input.js';

type PasswordInputArgs = StoryArgs<typeof passwordInputProps>;

const renderPasswordInput = (args: PasswordInputArgs) => elementFromArgs(passwordInputDefinition, args);

const meta = {
  title: 'Components/Password input',
  component: 'cyd-password-input',
  render: renderPasswordInput,
  args: { name: 'password', label: 'Password', labelCy: 'Cyfrinair' },
  argTypes: argTypesFor(passwordInputProps),
} satisfies Meta<PasswordInputArgs>;

export default meta;
type Story = StoryObj<PasswordInputArgs>;

export const Default: Story = {};

/** Creating a password: managers offer to generate and save one. */
export const NewPassword: Story = {
  args: {
    name: 'new-password',
    label: 'Create a password',
    labelCy: 'Creu cyfrinair',
    hint: 'Must be at least 8 characters',
    hintCy: 'Rhaid iddo fod o leiaf 8 nod',
    autocomplete: 'new-password',
  },
};

export const WithServerError: Story = {
  args: { error: 'Enter your password', errorCy: 'Rhowch eich cyfrinair' },
};

export const Disabled: Story = {
  args: { disabled: true },
};

/** Prefilled by a password manager or the person, then shown with the toggle. */
export const PrefilledAndShown: Story = {
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<CydPasswordInput>('cyd-password-input');
    if (!input) return;
    await input.updateComplete;
    input.value = 'ceffyl-batri-cywir';
    input.showPassword();
    await input.updateComplete;
  },
};

/** Welsh runs longer than English; the toggle goes under the box on a phone. */
export const LongWelshLabelAtNarrowWidth: Story = {
  args: {
    label: 'Enter the password you chose when you created your council account',
    labelCy: 'Rhowch y cyfrinair a ddewisoch pan wnaethoch greu eich cyfrif gyda’r cyngor',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
