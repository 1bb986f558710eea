import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { htmlToString } from './markup.js';
import { signInButton } from './sign-in-button.js';
import { EXAMPLE_CSRF } from './pages.fixture.js';

/**
 * Sign-in buttons for a service's own pages: "Sign in with GOV.UK One Login"
 * and "Sign in with {provider}", as a link or as a form that POSTs with its
 * CSRF token. The markup is the server's (`signInButton`), upgraded here.
 */
const meta = {
  title: 'Sign-in/Sign-in buttons',
} satisfies Meta;

export default meta;
type Story = StoryObj;

const show = (markup: ReturnType<typeof signInButton>) => html`${unsafeHTML(htmlToString(markup))}`;

export const OneLogin: Story = { name: 'GOV.UK One Login (link)', render: () => show(signInButton({ href: '#sign-in' })) };
export const OneLoginForm: Story = { name: 'GOV.UK One Login (form)', render: () => show(signInButton({ action: '#sign-in', csrf: EXAMPLE_CSRF })) };
export const OtherProvider: Story = {
  name: 'Another provider (form)',
  render: () => show(signInButton({ provider: 'Microsoft Entra ID', action: '#sign-in', csrf: EXAMPLE_CSRF, name: 'provider', value: 'entra' })),
};
