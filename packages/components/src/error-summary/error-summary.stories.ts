import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../error-summary/define.js';
import '../text-input/define.js';
import '../button/define.js';
import type { ErrorSummaryItem } from './error-summary.template.js';

interface ErrorSummaryArgs {
  errors: ErrorSummaryItem[];
}

const meta = {
  title: 'Components/Error summary',
  component: 'cyd-error-summary',
  render: (args) => html`<cyd-error-summary no-autofocus errors=${JSON.stringify(args.errors)}></cyd-error-summary>`,
  args: {
    errors: [
      { href: '#full-name', text: { en: 'Enter your full name', cy: 'Rhowch eich enw llawn' } },
      {
        href: '#email',
        text: {
          en: 'Enter an email address in the correct format, like name@example.com',
          cy: 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
        },
      },
    ],
  },
} satisfies Meta<ErrorSummaryArgs>;

export default meta;
type Story = StoryObj<ErrorSummaryArgs>;

/** A page the server rendered with errors: works with JavaScript off. */
export const FromTheServer: Story = {};

export const OneError: Story = {
  args: { errors: [{ href: '#date-of-birth-day', text: { en: 'Date of birth must be in the past', cy: 'Rhaid i’r dyddiad geni fod yn y gorffennol' } }] },
};

/** An error that belongs to no one field (a failed sign-in) is shown as text, not a link. */
export const ErrorWithNoField: Story = {
  args: {
    errors: [
      { text: { en: 'Your email address or password is wrong', cy: 'Mae eich cyfeiriad e-bost neu eich cyfrinair yn anghywir' } },
      { href: '#email', text: { en: 'Enter your email address', cy: 'Rhowch eich cyfeiriad e-bost' } },
    ],
  },
};

/** Press the button with the fields empty: the summary lists them and takes focus; it keeps its list until the next try, as GOV.UK's does. */
export const InAForm: Story = {
  render: () => html`<form action="#" onsubmit="event.preventDefault()">
    <cyd-error-summary></cyd-error-summary>
    <cyd-text-input name="full-name" label="Full name" label-cy="Enw llawn" autocomplete="name" required
      required-message="Enter your full name" required-message-cy="Rhowch eich enw llawn"></cyd-text-input>
    <cyd-text-input name="email" type="email" label="Email address" label-cy="Cyfeiriad e-bost" autocomplete="email" spellcheck="false" required
      required-message="Enter your email address" required-message-cy="Rhowch eich cyfeiriad e-bost"></cyd-text-input>
    <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
  </form>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('form')?.requestSubmit();
  },
};

/** Welsh runs longer: nothing clips at 320px. */
export const LongWelshAtNarrowWidth: Story = {
  args: {
    errors: [
      {
        href: '#village',
        text: {
          en: 'Enter the name of the village or town where you registered the birth',
          cy: 'Rhowch enw’r pentref neu’r dref lle gwnaethoch gofrestru’r enedigaeth, er enghraifft Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
        },
      },
    ],
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
