import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../fieldset/define.js';
import '../text-input/define.js';

/** The attributes a story sets, each author text in both languages. */
interface FieldsetArgs {
  legend: string;
  legendCy: string;
  legendSize?: 's' | 'm' | 'l' | 'xl';
  isPageHeading?: boolean;
  hint?: string;
  hintCy?: string;
  error?: string;
  errorCy?: string;
  prefilled?: boolean;
}

const renderFieldset = (args: FieldsetArgs) => html`<cyd-fieldset
    fieldset-id="address"
    legend=${args.legend}
    legend-cy=${args.legendCy}
    legend-size=${ifDefined(args.legendSize)}
    ?is-page-heading=${args.isPageHeading ?? false}
    hint=${ifDefined(args.hint)}
    hint-cy=${ifDefined(args.hintCy)}
    error=${ifDefined(args.error)}
    error-cy=${ifDefined(args.errorCy)}
  >
    <cyd-text-input name="address-line-1" label="Address line 1" label-cy="Llinell 1 y cyfeiriad" autocomplete="address-line1"
      value=${ifDefined(args.prefilled ? '1 Heol y Frenhines' : undefined)}></cyd-text-input>
    <cyd-text-input name="town" label="Town or city" label-cy="Tref neu ddinas" autocomplete="address-level2" width="two-thirds"
      value=${ifDefined(args.prefilled ? 'Caerdydd' : undefined)}></cyd-text-input>
    <cyd-text-input name="postcode" label="Postcode" label-cy="Cod post" autocomplete="postal-code" width="10"
      value=${ifDefined(args.prefilled ? 'CF10 1EP' : undefined)}></cyd-text-input>
  </cyd-fieldset>`;

const meta = {
  title: 'Components/Fieldset',
  component: 'cyd-fieldset',
  render: renderFieldset,
  args: { legend: 'What is your address?', legendCy: 'Beth yw eich cyfeiriad?', legendSize: 'l' },
  argTypes: { legendSize: { control: 'select', options: ['s', 'm', 'l', 'xl'] } },
} satisfies Meta<FieldsetArgs>;

export default meta;
type Story = StoryObj<FieldsetArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'Where you live now', hintCy: 'Lle rydych yn byw nawr' },
};

/** An error about the group as a whole, from the server. */
export const WithServerError: Story = {
  args: { error: 'Enter your address', errorCy: 'Rhowch eich cyfeiriad' },
};

/** Inside a disabled native fieldset, every grouped field is disabled and submits nothing. */
export const Disabled: Story = {
  args: { prefilled: true },
  render: (args) => html`<fieldset disabled class="cyd-fieldset">${renderFieldset(args)}</fieldset>`,
};

export const Prefilled: Story = {
  args: { prefilled: true },
};

/** On a one-question page the legend is the page's heading. */
export const LegendAsPageHeading: Story = {
  args: { legendSize: 'xl', isPageHeading: true },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshLegendAtNarrowWidth: Story = {
  args: {
    legend: 'The address of the property you are applying for',
    legendCy: 'Cyfeiriad yr eiddo yr ydych yn gwneud cais amdano yn Llanfairpwllgwyngyll',
  },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
