import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../date-input/define.js';

const meta: Meta = {
  title: 'Components/Date input',
  component: 'cyd-date-input',
};
export default meta;
type Story = StoryObj;

// Every piece of text is given in both languages; the toolbar's language picks one.
const dateOfBirth = (attrs: { value?: string; error?: boolean; errorParts?: string; disabled?: boolean }) => html`<cyd-date-input
  name="dob"
  iso-name="date-of-birth"
  autocomplete="bday"
  required
  label="What is your date of birth?"
  label-cy="Beth yw eich dyddiad geni?"
  label-size="l"
  is-page-heading
  hint="For example, 27 3 2007"
  hint-cy="Er enghraifft, 27 3 2007"
  value=${attrs.value ?? ''}
  error=${attrs.error ? 'Date of birth must include a month' : ''}
  error-cy=${attrs.error ? "Rhaid i'r dyddiad geni gynnwys mis" : ''}
  error-parts=${attrs.errorParts ?? ''}
  ?disabled=${attrs.disabled ?? false}
></cyd-date-input>`;

export const Default: Story = { render: () => dateOfBirth({}) };
/** Only the month box is highlighted: the message says which part is wrong. */
export const WithError: Story = { render: () => dateOfBirth({ error: true, errorParts: 'month' }) };
export const Disabled: Story = { render: () => dateOfBirth({ disabled: true }) };
export const Prefilled: Story = { render: () => dateOfBirth({ value: '1990-03-01' }) };

export const FutureDate: Story = {
  render: () => html`<cyd-date-input name="appointment" future label="When is your appointment?" label-cy="Pryd mae eich apwyntiad?"
    hint="For example, 14 9 2026" hint-cy="Er enghraifft, 14 9 2026"></cyd-date-input>`,
};

/** A card's expiry date, or an approximate date: month and year only. The value is `YYYY-MM`. */
export const MonthAndYear: Story = {
  render: () => html`<cyd-date-input name="expiry" parts="month year" iso-name="expiry-date" label="Expiry date" label-cy="Dyddiad dod i ben"
    hint="For example, 9 2027" hint-cy="Er enghraifft, 9 2027"></cyd-date-input>`,
};

/** A birthday or an anniversary: day and month only. The value is `--MM-DD`, and 29 February is allowed. */
export const DayAndMonth: Story = {
  render: () => html`<cyd-date-input name="birthday" parts="day month" label="What is your birthday?" label-cy="Pryd mae eich pen-blwydd?"
    hint="For example, 29 2" hint-cy="Er enghraifft, 29 2" value="--02-29"></cyd-date-input>`,
};
