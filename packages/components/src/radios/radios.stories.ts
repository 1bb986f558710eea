import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../radios/define.js';
import '../text-input/define.js';

// Every piece of text is given in both languages; the toolbar's language picks one.
const contact = JSON.stringify([
  { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
  { value: 'phone', label: { en: 'Phone', cy: 'Ffôn' }, hint: { en: 'We will call or text you', cy: 'Byddwn yn eich ffonio neu’n anfon neges destun' } },
  { divider: true },
  { value: 'post', label: { en: 'Letter by post', cy: 'Llythyr drwy’r post' } },
]);

const meta: Meta = {
  title: 'Components/Radios',
  component: 'cyd-radios',
};
export default meta;
type Story = StoryObj;

const question = (attrs: { value?: string; error?: boolean; disabled?: boolean; hint?: boolean; small?: boolean }) => html`<cyd-radios
  name="contact"
  label="How would you like to be contacted?"
  label-cy="Sut hoffech chi i ni gysylltu â chi?"
  label-size="m"
  hint=${attrs.hint ? 'Select one option' : ''}
  hint-cy=${attrs.hint ? 'Dewiswch un opsiwn' : ''}
  options=${contact}
  value=${attrs.value ?? ''}
  error=${attrs.error ? 'Select how you would like to be contacted' : ''}
  error-cy=${attrs.error ? 'Dewiswch sut hoffech chi i ni gysylltu â chi' : ''}
  ?disabled=${attrs.disabled ?? false}
  ?small=${attrs.small ?? false}
></cyd-radios>`;

export const Default: Story = { render: () => question({}) };
export const WithHint: Story = { render: () => question({ hint: true }) };
export const WithError: Story = { render: () => question({ error: true }) };
export const Disabled: Story = { render: () => question({ disabled: true }) };
export const Prefilled: Story = { render: () => question({ value: 'phone' }) };
export const Small: Story = { render: () => question({ small: true, hint: true }) };

export const ConditionalRevealOpen: Story = {
  render:
    () => html`<cyd-radios name="contact" label="How would you like to be contacted?" label-cy="Sut hoffech chi i ni gysylltu â chi?" options=${contact} value="email">
    <div data-reveal-for="email">
      <cyd-text-input name="email" type="email" autocomplete="email" spellcheck="false" label="Email address" label-cy="Cyfeiriad e-bost"></cyd-text-input>
    </div>
    <div data-reveal-for="phone">
      <cyd-text-input name="phone" type="tel" autocomplete="tel" width="20" label="Phone number" label-cy="Rhif ffôn"></cyd-text-input>
    </div>
  </cyd-radios>`,
};

/** Welsh answers echo the question's verb: "Ydych chi…?" → "Ydw"/"Nac ydw". */
export const YesNoInWelsh: Story = {
  render: () => html`<cyd-radios name="lives-in-wales" label="Do you live in Wales?" label-cy="Ydych chi'n byw yng Nghymru?" label-size="l" is-page-heading
    yes-no yes-cy="Ydw" no-cy="Nac ydw" inline></cyd-radios>`,
};

export const Inline: Story = {
  render: () => html`<cyd-radios name="has-carer" label="Do you have a carer?" label-cy="Oes gennych chi ofalwr?"
    yes-no yes-cy="Oes" no-cy="Nac oes" inline></cyd-radios>`,
};
