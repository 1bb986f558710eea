import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { normaliseLocale } from '@cydran/i18n';
import '../accordion/define.js';
import type { CydAccordion } from './accordion.js';

interface AccordionArgs {
  headingLevel?: number;
  summaries?: boolean;
  /** Keys of the sections that start open (`data-expanded`). */
  expanded?: string[];
  rememberExpanded?: 'true' | 'false';
  long?: boolean;
}

/**
 * The sections' content is the author's HTML, so the story writes it in
 * the toolbar's language (the decorator re-renders on a switch): the Welsh
 * story shows no English.
 */
function renderAccordion(args: AccordionArgs, context: StoryContext<AccordionArgs>) {
  const cy = normaliseLocale(context.globals.locale as string | undefined) === 'cy';
  const say = (en: string, welsh: string) => (cy ? welsh : en);
  const open = (key: string) => args.expanded?.includes(key) ?? false;
  return html`<cyd-accordion id=${`story-${context.id}`} heading-level=${ifDefined(args.headingLevel)} remember-expanded=${ifDefined(args.rememberExpanded)}>
    <div data-section="bins" data-heading="Bins and recycling" data-heading-cy="Biniau ac ailgylchu" ?data-expanded=${open('bins')}
      data-summary=${ifDefined(args.summaries ? 'Collection days and what goes in each bin' : undefined)}
      data-summary-cy=${ifDefined(args.summaries ? 'Diwrnodau casglu a beth sy’n mynd ym mhob bin' : undefined)}>
      <p>${say('Your bins are collected every other week.', 'Mae eich biniau’n cael eu casglu bob pythefnos.')}</p>
    </div>
    <div data-section="council-tax" data-heading="Council Tax" data-heading-cy="Treth Gyngor" ?data-expanded=${open('council-tax')}
      data-summary=${ifDefined(args.summaries ? 'Bands, discounts and paying' : undefined)}
      data-summary-cy=${ifDefined(args.summaries ? 'Bandiau, gostyngiadau a thalu' : undefined)}>
      <p>${say('Pay your Council Tax by direct debit.', 'Talwch eich Treth Gyngor drwy ddebyd uniongyrchol.')}</p>
    </div>
    <div data-section="parking" ?data-expanded=${open('parking')}
      data-heading=${args.long ? 'Parking permits for residents and visitors' : 'Parking'}
      data-heading-cy=${args.long ? 'Trwyddedau parcio i breswylwyr ac ymwelwyr yn Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch' : 'Parcio'}>
      <p>${say('Apply for a parking permit.', 'Gwnewch gais am drwydded barcio.')}</p>
    </div>
  </cyd-accordion>`;
}

const meta = {
  title: 'Components/Accordion',
  component: 'cyd-accordion',
  render: renderAccordion,
  args: {},
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    rememberExpanded: { control: 'select', options: ['true', 'false'] },
  },
} satisfies Meta<AccordionArgs>;

export default meta;
type Story = StoryObj<AccordionArgs>;

/** Every section closed: the headings and "Show all sections". */
export const Default: Story = {};

/** A summary line under each of the first two headings. */
export const WithSummaries: Story = { args: { summaries: true } };

/** A section that starts open (`data-expanded`). */
export const OneSectionOpen: Story = { args: { expanded: ['council-tax'] } };

/** Every section open: the button says "Hide all sections". */
export const AllOpen: Story = {
  args: { expanded: ['bins', 'council-tax', 'parking'] },
};

/** Headings at level 3, under a page's own h2. */
export const HeadingLevelThree: Story = { args: { headingLevel: 3 } };

/** Opened with the keyboard: focus on the second section's button after opening it. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const accordion = canvasElement.querySelector<CydAccordion>('cyd-accordion');
    await accordion?.updateComplete;
    canvasElement.querySelectorAll<HTMLButtonElement>('.cyd-accordion__section-button')[1]?.focus();
  },
};

/** Welsh runs longer than English; nothing may clip or overlap on a 320px screen. */
export const LongWelshAtNarrowWidth: Story = {
  args: { long: true, summaries: true, expanded: ['parking'] },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
