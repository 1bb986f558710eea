import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../bilingual/define.js';
import '../button/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { bilingualDefinition, bilingualProps } from './bilingual.template.js';

type BilingualArgs = StoryArgs<typeof bilingualProps> & { headingEn?: string };

/** A council's notice, in each language: each column is in its own language whatever the toolbar says. */
const NOTICE = `<div lang="cy"><p class="cyd-body">Bydd Llyfrgell Ganolog Caerdydd ar gau ddydd Llun 4 Mai ar gyfer gŵyl y banc.</p>
  <p class="cyd-body">Gallwch ddychwelyd llyfrau yn y blwch y tu allan i’r brif fynedfa.</p></div>
<div lang="en"><p class="cyd-body">Cardiff Central Library will be closed on Monday 4 May for the bank holiday.</p>
  <p class="cyd-body">You can return books in the box outside the main entrance.</p></div>`;

const meta = {
  title: 'Components/Bilingual',
  component: 'cyd-bilingual',
  // Each column's heading in its language: `heading` as {"cy": …, "en": …} (StoryArgs has only the -cy twin).
  render: ({ headingEn, headingCy, ...args }: BilingualArgs) =>
    elementFromArgs(bilingualDefinition, { ...args, heading: headingEn || headingCy ? JSON.stringify({ cy: headingCy, en: headingEn }) : undefined }, NOTICE),
  args: {},
  argTypes: argTypesFor(bilingualProps),
} satisfies Meta<BilingualArgs>;

export default meta;
type Story = StoryObj<BilingualArgs>;

/** Welsh first, side by side; stacked in the same order on a phone. */
export const Default: Story = {};

/** English first. */
export const EnglishFirst: Story = {
  args: { first: 'en' },
};

/** A heading over each column, in that column's language. */
export const WithHeadings: Story = {
  args: { headingCy: 'Cau dros ŵyl y banc', headingEn: 'Bank holiday closure' },
};

/** Cydran components inside follow their column: the Welsh button says "Parhau", the English one "Continue". */
export const WithComponents: Story = {
  render: ({ headingEn: _en, headingCy: _cy, ...args }) =>
    elementFromArgs(
      bilingualDefinition,
      args,
      `<div lang="cy"><p class="cyd-body">Gwneud cais am drwydded barcio.</p><cyd-button text="Continue" text-cy="Parhau" href="#cy"></cyd-button></div>
       <div lang="en"><p class="cyd-body">Apply for a parking permit.</p><cyd-button text="Continue" text-cy="Parhau" href="#en"></cyd-button></div>`,
    ),
};

/** On a 320px screen the columns stack, Welsh first, with nothing clipped. */
export const NarrowScreen: Story = {
  args: { headingCy: 'Cau dros ŵyl y banc', headingEn: 'Bank holiday closure' },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
