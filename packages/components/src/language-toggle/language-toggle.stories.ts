import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../language-toggle/define.js';
import '../text-input/define.js';

const meta = {
  title: 'Components/Language toggle',
  component: 'cyd-language-toggle',
  render: () => html`<cyd-language-toggle href-en="?lang=en" href-cy="?lang=cy"></cyd-language-toggle>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** With the page's address in each language: a plain link to the equivalent page. */
export const LinkToEquivalentPage: Story = {};

/** Both languages listed, the current one marked (GOV.UK's language select). */
export const BothLanguages: Story = {
  render: () => html`<cyd-language-toggle mode="both" href-en="?lang=en" href-cy="?lang=cy"></cyd-language-toggle>`,
};

export const BothLanguagesWelshFirst: Story = {
  render: () => html`<cyd-language-toggle mode="both" first="cy" href-en="?lang=en" href-cy="?lang=cy"></cyd-language-toggle>`,
};

/**
 * No addresses: switches this part of the page in place. Type a name, then
 * switch: the answer stays. (no-restore keeps the story in the toolbar's language.)
 */
export const InPlace: Story = {
  render: () => html`<div id="language-toggle-story">
    <cyd-language-toggle for="language-toggle-story" no-restore></cyd-language-toggle>
    <cyd-text-input name="full-name" label="Full name" label-cy="Enw llawn" autocomplete="name"></cyd-text-input>
  </div>`,
};
