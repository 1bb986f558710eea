import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../pagination/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { paginationDefinition, paginationProps } from './pagination.template.js';

type PaginationArgs = StoryArgs<typeof paginationProps>;

const meta = {
  title: 'Components/Pagination',
  component: 'cyd-pagination',
  render: (args: PaginationArgs) => elementFromArgs(paginationDefinition, args),
  args: { current: 2, total: 6, hrefPattern: '#results-page-{page}' },
  argTypes: argTypesFor(paginationProps),
} satisfies Meta<PaginationArgs>;

export default meta;
type Story = StoryObj<PaginationArgs>;

/** Numbered pages: "Page 2 of 6" / "Tudalen 2 o 6" said on the current one. */
export const Numbered: Story = {};

export const FirstPage: Story = { args: { current: 1 } };

export const LastPage: Story = { args: { current: 6 } };

/** Many pages: the first, the last, and one either side of the current, with gaps. */
export const ManyPages: Story = { args: { current: 50, total: 120 } };

/** The links as data (GOV.UK's items). */
export const ItemsAsData: Story = {
  args: {
    current: undefined,
    total: undefined,
    hrefPattern: undefined,
    previousHref: '#p6',
    nextHref: '#p8',
    items: [
      { number: 1, href: '#p1' },
      { ellipsis: true },
      { number: 6, href: '#p6' },
      { number: 7, href: '#p7', current: true },
      { number: 8, href: '#p8' },
      { ellipsis: true },
      { number: 42, href: '#p42' },
    ],
  },
};

/** Content pages: previous and next only, with the pages' titles. */
export const BlockWithTitles: Story = {
  args: {
    current: undefined,
    total: undefined,
    hrefPattern: undefined,
    previousHref: '#part-1',
    previousLabel: 'Applying for a licence',
    previousLabelCy: 'Gwneud cais am drwydded',
    nextHref: '#part-3',
    nextLabel: 'Paying the fee',
    nextLabelCy: 'Talu’r ffi',
  },
};

export const BlockNextOnly: Story = {
  args: { current: undefined, total: undefined, hrefPattern: undefined, nextHref: '#part-2', nextLabel: 'Who can apply', nextLabelCy: 'Pwy all wneud cais' },
};

export const LongWelshAtNarrowWidth: Story = {
  args: { ...BlockWithTitles.args, previousLabelCy: 'Gwneud cais am drwydded barcio i breswylwyr yn Llanfairpwllgwyngyll' },
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
