import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../breadcrumbs/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { type BreadcrumbItem, breadcrumbsDefinition, breadcrumbsProps } from './breadcrumbs.template.js';

type BreadcrumbsArgs = StoryArgs<typeof breadcrumbsProps>;

/** The trail as an author writes it: links with their Welsh words (and Welsh address) beside them. */
const trail =
  '<a href="#home" data-text-cy="Hafan">Home</a>' +
  '<a href="#services" data-text-cy="Gwasanaethau’r cyngor">Council services</a>' +
  '<a href="#parking" data-text-cy="Parcio a thrafnidiaeth">Parking and transport</a>';

const withCurrent = `${trail}<span data-text-cy="Gwneud cais am drwydded barcio i breswylwyr">Apply for a residents’ parking permit</span>`;

const meta = {
  title: 'Components/Breadcrumbs',
  component: 'cyd-breadcrumbs',
  render: (args: BreadcrumbsArgs) => elementFromArgs(breadcrumbsDefinition, args, trail),
  args: {},
  argTypes: argTypesFor(breadcrumbsProps),
} satisfies Meta<BreadcrumbsArgs>;

export default meta;
type Story = StoryObj<BreadcrumbsArgs>;

/** Links to the pages above this one. */
export const Default: Story = {};

/** The last item is the current page, with no link (`aria-current="page"`). */
export const CurrentPage: Story = {
  render: (args) => elementFromArgs(breadcrumbsDefinition, args, withCurrent),
};

/** On a small screen only the first and last items show (make the canvas narrow). */
export const CollapseOnMobile: Story = {
  args: { collapseOnMobile: true },
  render: (args) => elementFromArgs(breadcrumbsDefinition, args, withCurrent),
  globals: { viewport: { value: 'narrow320' } },
};

/** The items as JSON instead of child links. */
export const ItemsAsJson: Story = {
  args: {
    items: [
      { text: { en: 'Home', cy: 'Hafan' }, href: '#home' },
      { text: { en: 'Bins and recycling', cy: 'Biniau ac ailgylchu' }, href: '#bins' },
    ] satisfies BreadcrumbItem[],
  },
  render: (args) => elementFromArgs(breadcrumbsDefinition, args),
};

/** On a dark background. */
export const Inverse: Story = {
  args: { inverse: true },
  render: (args) => html`<div style="background: var(--cyd-colour-brand); padding: 8px 16px">${elementFromArgs(breadcrumbsDefinition, args, trail)}</div>`,
};
