import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../back-link/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { backLinkDefinition, backLinkProps } from './back-link.template.js';

type BackLinkArgs = StoryArgs<typeof backLinkProps>;

const meta = {
  title: 'Components/Back link',
  component: 'cyd-back-link',
  render: (args: BackLinkArgs) => elementFromArgs(backLinkDefinition, args),
  args: { href: '#previous-page' },
  argTypes: argTypesFor(backLinkProps),
} satisfies Meta<BackLinkArgs>;

export default meta;
type Story = StoryObj<BackLinkArgs>;

/** "Back" / "Yn ôl", linking to the previous page. */
export const Default: Story = {};

/** The author's own words, in both languages. */
export const OwnWords: Story = {
  args: { linkText: 'Back to your answers', linkTextCy: 'Yn ôl i’ch atebion' },
};

/** Going back in the browser's history (shown only with JavaScript and a page to go back to). */
export const History: Story = {
  args: { href: undefined, history: true },
};

/** On a dark background. */
export const Inverse: Story = {
  args: { inverse: true },
  render: (args: BackLinkArgs) => html`<div style="background: var(--cyd-colour-brand); padding: 8px 16px">${elementFromArgs(backLinkDefinition, args)}</div>`,
};
