import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../text-input/define.js';
import '../schema/define.js';
import type { CydTextInput } from '../text-input/text-input.js';

/**
 * Fields checked by `@cydran/data-model` rules through `data-schema`: the
 * recipes from docs/guides/field-recipes.md, live. Messages come from the
 * data model, in the toolbar's language.
 */
const meta = {
  title: 'Patterns/Data-model fields',
  render: () => html`<form novalidate>
    <cyd-text-input name="nhs-number" data-schema="nhsNumber" inputmode="numeric" spellcheck="false" width="10"
      label="NHS number" label-cy="Rhif GIG"
      hint="This is a 10 digit number, like 999 123 4567" hint-cy="Rhif 10 digid yw hwn, fel 999 123 4567"></cyd-text-input>
    <cyd-text-input name="ni-number" data-schema="nationalInsuranceNumber" spellcheck="false" width="10"
      label="National Insurance number" label-cy="Rhif Yswiriant Gwladol"
      hint="It’s on your National Insurance card or letter" hint-cy="Mae ar eich cerdyn neu lythyr Yswiriant Gwladol"></cyd-text-input>
    <cyd-text-input name="postcode" data-schema="postcode" autocomplete="postal-code" spellcheck="false" width="10"
      label="Postcode" label-cy="Cod post"></cyd-text-input>
    <cyd-text-input name="email" type="email" data-schema="emailAddress" autocomplete="email" spellcheck="false"
      label="Email address" label-cy="Cyfeiriad e-bost"></cyd-text-input>
    <cyd-text-input name="code" data-schema="securityCode" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" width="5"
      label="Security code" label-cy="Cod diogelwch"></cyd-text-input>
  </form>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The fields before anyone answers. */
export const Empty: Story = {};

/** Wrong answers, checked: each message says what is wrong, in the page's language. */
export const WrongAnswers: Story = {
  play: async ({ canvasElement }) => {
    const answers: Record<string, string> = {
      'nhs-number': '999 123 4568',
      'ni-number': 'BG 12 34 56 A',
      postcode: 'CF10',
      email: 'name@',
      code: '12 34',
    };
    for (const field of canvasElement.querySelectorAll<CydTextInput>('cyd-text-input')) {
      await field.updateComplete;
      field.value = answers[field.getAttribute('name')!] ?? '';
      field.validate();
    }
  },
};

/** Right answers, in the forms people type them: spaces, hyphens, lower case. */
export const RightAnswers: Story = {
  play: async ({ canvasElement }) => {
    const answers: Record<string, string> = {
      'nhs-number': '943-476-5919',
      'ni-number': 'qq 12 34 56 c',
      postcode: 'cf10 1ep',
      email: 'siân@example.com',
      code: '123 456',
    };
    for (const field of canvasElement.querySelectorAll<CydTextInput>('cyd-text-input')) {
      await field.updateComplete;
      field.value = answers[field.getAttribute('name')!] ?? '';
      field.validate();
    }
  },
};
