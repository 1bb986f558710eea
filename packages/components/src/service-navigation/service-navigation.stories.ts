import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../service-navigation/define.js';
import '../tag/define.js';
import '../button/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { serviceNavigationDefinition, serviceNavigationProps } from './service-navigation.template.js';

type ServiceNavigationArgs = StoryArgs<typeof serviceNavigationProps>;

/** The links as an author writes them: `<a>` children, each with its Welsh words. */
const LINKS = `<a href="#overview" data-text-cy="Trosolwg">Overview</a>
  <a href="#apply" data-text-cy="Gwneud cais">Apply</a>
  <a href="#fines" data-text-cy="Dirwyon parcio">Parking fines</a>
  <a href="#account" data-text-cy="Eich cyfrif">Your account</a>`;

const meta = {
  title: 'Components/Service navigation',
  component: 'cyd-service-navigation',
  // Navigation sits between the header and <main>, as on a real page.
  parameters: { cydran: { ownLandmarks: true } },
  render: (args: ServiceNavigationArgs) => html`${elementFromArgs(serviceNavigationDefinition, args, args.items ? '' : LINKS)}<main id="main-content"></main>`,
  args: { current: '#apply' },
  argTypes: argTypesFor(serviceNavigationProps),
} satisfies Meta<ServiceNavigationArgs>;

export default meta;
type Story = StoryObj<ServiceNavigationArgs>;

/** Links with the current page marked (`aria-current="page"`). On a small screen they fold into "Menu" / "Dewislen". */
export const Default: Story = {};

/** GOV.UK's `serviceName` and `serviceUrl`: the service's name before its links. */
export const WithServiceName: Story = {
  args: { serviceName: 'Parking permits', serviceNameCy: 'Trwyddedau parcio', serviceHref: '#start' },
};

/** Only the service's name, no links. */
export const ServiceNameOnly: Story = {
  args: { current: undefined, items: [], serviceName: 'Parking permits', serviceNameCy: 'Trwyddedau parcio', serviceHref: '#start' },
};

/** A section the person is in, not the page itself (`aria-current="true"`, GOV.UK's `active`). */
export const ActiveSection: Story = {
  args: {
    current: undefined,
    items: [
      { href: '#overview', text: { en: 'Overview', cy: 'Trosolwg' } },
      { href: '#fines', text: { en: 'Parking fines', cy: 'Dirwyon parcio' }, active: true },
    ],
  },
};

/** Links from JSON, with a Welsh address for each. */
export const FromJson: Story = {
  args: {
    current: '#cy-apply',
    items: [
      { href: { en: '#overview', cy: '#cy-overview' }, text: { en: 'Overview', cy: 'Trosolwg' } },
      { href: { en: '#apply', cy: '#cy-apply' }, text: { en: 'Apply', cy: 'Gwneud cais' } },
    ],
  },
};

/** Never folds into a menu button (GOV.UK's `collapseNavigationOnMobile: false`). */
export const NoCollapse: Story = {
  args: { noCollapse: true },
};

/** The menu opened on a small screen. */
export const MenuOpen: Story = {
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>('.cyd-service-navigation__toggle');
    if (button && !button.hidden) button.click();
  },
};

/** GOV.UK's `slots.start` and `slots.end`: content before the service name and links (`data-region="start"`) and after them (`data-region="end"`). */
export const WithStartAndEndContent: Story = {
  name: 'With start and end content',
  args: { serviceName: 'Parking permits', serviceNameCy: 'Trwyddedau parcio', serviceHref: '#start' },
  render: (args: ServiceNavigationArgs) =>
    html`${elementFromArgs(
      serviceNavigationDefinition,
      args,
      `<div data-region="start"><cyd-tag colour="grey" text="Signed in" text-cy="Wedi mewngofnodi"></cyd-tag></div>
      ${LINKS}
      <div data-region="end"><cyd-button href="#sign-out" variant="secondary" text="Sign out" text-cy="Allgofnodi"></cyd-button></div>`,
    )}<main id="main-content"></main>`,
};
