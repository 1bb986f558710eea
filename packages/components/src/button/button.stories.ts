import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../button/define.js';
import { BUTTON_TYPES, BUTTON_VARIANTS } from './button.template.js';

/** Every story gives the button's words in both languages; the toolbar picks one. */
interface ButtonArgs {
  text: string;
  textCy: string;
  variant?: (typeof BUTTON_VARIANTS)[number];
  type?: (typeof BUTTON_TYPES)[number];
  href?: string;
  start?: boolean;
  disabled?: boolean;
  allowDoubleClick?: boolean;
}

const renderButton = (args: ButtonArgs) => html`<cyd-button
  text=${args.text}
  text-cy=${args.textCy}
  variant=${ifDefined(args.variant)}
  type=${ifDefined(args.type)}
  href=${ifDefined(args.href)}
  ?start=${args.start ?? false}
  ?disabled=${args.disabled ?? false}
  ?allow-double-click=${args.allowDoubleClick ?? false}
></cyd-button>`;

const meta = {
  title: 'Components/Button',
  component: 'cyd-button',
  render: renderButton,
  args: { text: 'Save and continue', textCy: 'Cadw a pharhau' },
  argTypes: {
    variant: { control: 'inline-radio', options: BUTTON_VARIANTS },
    type: { control: 'inline-radio', options: BUTTON_TYPES },
  },
} satisfies Meta<ButtonArgs>;

export default meta;
type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {};

export const Secondary: Story = {
  args: { text: 'Save as draft', textCy: 'Cadw fel drafft', variant: 'secondary', type: 'button' },
};

/** For actions with serious, destructive consequences; use sparingly, after a confirmation page. */
export const Warning: Story = {
  args: { text: 'Delete account', textCy: 'Dileu cyfrif', variant: 'warning', type: 'button' },
};

export const Disabled: Story = {
  args: { text: 'Send', textCy: 'Anfon', disabled: true },
};

/** The call to action at the start of a service: a link to its first page. */
export const Start: Story = {
  args: { text: 'Start now', textCy: 'Dechrau nawr', start: true, href: '#start' },
};

export const LinkStyledAsButton: Story = {
  args: { text: 'Continue', textCy: 'Parhau', href: '#next' },
};

/** In a form with two actions: each submits its own name and value. */
export const InAForm: Story = {
  render: () => html`<form action="#" method="post" onsubmit="event.preventDefault()">
    ${renderButton({ text: 'Save and continue', textCy: 'Cadw a pharhau' })}
    ${renderButton({ text: 'Save as draft', textCy: 'Cadw fel drafft', variant: 'secondary' })}
  </form>`,
};

/** Welsh is longer: the words wrap inside the button on a narrow screen. */
export const LongWelshAtNarrowWidth: Story = {
  args: {
    text: 'Save your answers and come back to the application later',
    textCy: 'Cadw eich atebion a dod yn ôl at y cais yn nes ymlaen',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
