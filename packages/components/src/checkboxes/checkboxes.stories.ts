import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../checkboxes/define.js';
import '../text-input/define.js';

// Every piece of text is given in both languages; the toolbar's language picks one.
const benefits = JSON.stringify([
  { value: 'universal-credit', label: { en: 'Universal Credit', cy: 'Credyd Cynhwysol' } },
  { value: 'pension-credit', label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' } },
  {
    value: 'jsa',
    label: { en: 'Income-based Jobseeker’s Allowance', cy: 'Lwfans Ceisio Gwaith yn seiliedig ar incwm' },
    hint: { en: 'Not the contribution-based one', cy: 'Nid yr un yn seiliedig ar gyfraniadau' },
  },
  { value: 'none', label: { en: 'No, I do not get any of these benefits', cy: 'Nac ydw, nid wyf yn cael unrhyw un o’r budd-daliadau hyn' }, exclusive: true },
]);

const meta: Meta = {
  title: 'Components/Checkboxes',
  component: 'cyd-checkboxes',
};
export default meta;
type Story = StoryObj;

const question = (attrs: { value?: string; error?: boolean; disabled?: boolean; small?: boolean }) => html`<cyd-checkboxes
  name="benefits"
  label="Do you get any of these benefits?"
  label-cy="Ydych chi’n cael unrhyw un o’r budd-daliadau hyn?"
  label-size="m"
  hint="Select all that apply"
  hint-cy="Dewiswch bob un sy’n berthnasol"
  options=${benefits}
  value=${attrs.value ?? ''}
  error=${attrs.error ? 'Select if you get any of these benefits' : ''}
  error-cy=${attrs.error ? 'Dewiswch a ydych chi’n cael unrhyw un o’r budd-daliadau hyn' : ''}
  ?disabled=${attrs.disabled ?? false}
  ?small=${attrs.small ?? false}
></cyd-checkboxes>`;

export const Default: Story = { render: () => question({}) };
export const WithError: Story = { render: () => question({ error: true }) };
export const Disabled: Story = { render: () => question({ disabled: true }) };
export const Prefilled: Story = { render: () => question({ value: '["universal-credit","jsa"]' }) };
export const Small: Story = { render: () => question({ small: true }) };
/** Ticking "No" clears the others; ticking another clears "No". */
export const Exclusive: Story = { render: () => question({ value: '["none"]' }) };

export const ConditionalRevealOpen: Story = {
  render: () => html`<cyd-checkboxes name="benefits" label="Do you get any of these benefits?" label-cy="Ydych chi’n cael unrhyw un o’r budd-daliadau hyn?"
    options=${benefits} value='["universal-credit"]'>
    <div data-reveal-for="universal-credit">
      <cyd-text-input name="uc-reference" width="10" spellcheck="false" label="Universal Credit reference" label-cy="Cyfeirnod Credyd Cynhwysol"></cyd-text-input>
    </div>
  </cyd-checkboxes>`,
};
