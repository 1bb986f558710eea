import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../select/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { selectDefinition, selectProps } from './select.template.js';
import type { CydSelect } from './select.js';

type SelectArgs = StoryArgs<typeof selectProps>;

const renderSelect = (args: SelectArgs) =>
  elementFromArgs(
    selectDefinition,
    args,
    `<option value="" data-text-cy="Dewiswch">Choose</option>
      <option value="published" data-text-cy="Dyddiad cyhoeddi">Date published</option>
      <option value="updated" data-text-cy="Dyddiad diweddaru">Recently updated</option>
      <option value="views" data-text-cy="Mwyaf poblogaidd">Most views</option>`,
  );

const meta = {
  title: 'Components/Select',
  component: 'cyd-select',
  render: renderSelect,
  argTypes: argTypesFor(selectProps),
  args: { name: 'sort', label: 'Sort by', labelCy: 'Trefnu yn ôl' },
} satisfies Meta<SelectArgs>;

export default meta;
type Story = StoryObj<SelectArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'The newest pages are shown first', hintCy: 'Dangosir y tudalennau mwyaf newydd yn gyntaf' },
};

export const WithServerError: Story = {
  args: { error: 'Select how to sort the results', errorCy: 'Dewiswch sut i drefnu’r canlyniadau' },
};

/** Required and left on the prompt: "Select an answer" / "Dewiswch ateb". */
export const RequiredAndEmpty: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const select = canvasElement.querySelector<CydSelect>('cyd-select');
    select?.validate();
    await select?.updateComplete;
  },
};

export const Disabled: Story = {
  args: { defaultValue: 'views', disabled: true },
};

export const Prefilled: Story = {
  args: { defaultValue: 'updated' },
};

/** Options given as JSON, in groups. */
export const GroupedFromJson: Story = {
  render: () =>
    html`<cyd-select name="board" label="Health board" label-cy="Bwrdd iechyd" options=${JSON.stringify([
      { value: '', text: { en: 'Choose a health board', cy: 'Dewiswch fwrdd iechyd' } },
      {
        label: { en: 'North Wales', cy: 'Gogledd Cymru' },
        options: [{ value: 'bcuhb', text: { en: 'Betsi Cadwaladr', cy: 'Betsi Cadwaladr' } }],
      },
      {
        label: { en: 'South Wales', cy: 'De Cymru' },
        options: [
          { value: 'cav', text: { en: 'Cardiff and Vale', cy: 'Caerdydd a’r Fro' } },
          { value: 'sbuhb', text: { en: 'Swansea Bay', cy: 'Bae Abertawe' } },
        ],
      },
    ])}></cyd-select>`,
};

/** Long Welsh option text stays inside a 320px screen. */
export const LongWelshAtNarrowWidth: Story = {
  render: () => html`<cyd-select name="service" label="Which service is this about?" label-cy="Am ba wasanaeth mae hyn?">
    <option value="" data-text-cy="Dewiswch">Choose</option>
    <option value="adult-social-care" data-text-cy="Gwasanaethau Cymdeithasol i Oedolion a Chymorth i Ofalwyr">Adult social care and support for carers</option>
  </cyd-select>`,
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
