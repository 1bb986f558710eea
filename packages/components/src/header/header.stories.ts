import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { type Locale, normaliseLocale } from '@cydran/i18n';
import '../header/define.js';
import '../language-toggle/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { headerDefinition, headerProps } from './header.template.js';

type HeaderArgs = StoryArgs<typeof headerProps> & {
  /** Which regions the story fills (story-only arguments, not attributes). */
  regions?: ('logo' | 'language' | 'account' | 'navigation')[];
};

/** A council's own logo: any image or SVG the body brings (there is no default crest). */
const LOGO = `<svg data-region="logo" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
  <rect width="40" height="40" rx="6" fill="#0b4f6c"></rect><path d="M8 30 L20 8 L32 30 Z" fill="#ffffff"></path></svg>`;

/** Region content is the author's HTML, so the story writes it in the toolbar's language. */
function regionContent(regions: NonNullable<HeaderArgs['regions']>, locale: Locale): string {
  const welsh = locale === 'cy';
  const parts: Record<(typeof regions)[number], string> = {
    logo: LOGO,
    language: '<cyd-language-toggle data-region="language" href-en="#en" href-cy="#cy"></cyd-language-toggle>',
    account: `<a data-region="account" class="cyd-link" href="#sign-out">${welsh ? 'Allgofnodi' : 'Sign out'}</a>`,
    navigation: `<ul data-region="navigation">
      <li><a class="cyd-link" href="#permits">${welsh ? 'Trwyddedau parcio' : 'Parking permits'}</a></li>
      <li><a class="cyd-link" href="#fines">${welsh ? 'Dirwyon parcio' : 'Parking fines'}</a></li>
      <li><a class="cyd-link" href="#account">${welsh ? 'Eich cyfrif' : 'Your account'}</a></li></ul>`,
  };
  return regions.map((region) => parts[region]).join('\n');
}

const meta = {
  title: 'Components/Header',
  component: 'cyd-header',
  // The header is the page's banner landmark: not inside the story's <main>.
  parameters: { cydran: { ownLandmarks: true } },
  render: ({ regions = [], ...args }: HeaderArgs, context) => {
    const locale = normaliseLocale(context.globals.locale as string | undefined);
    // A new element per language: the regions are plain HTML in one language.
    return html`${keyed(locale, html`${elementFromArgs(headerDefinition, args, regionContent(regions, locale))}`)}
      <main id="main-content"></main>`;
  },
  args: {
    organisation: 'Gwernyfed County Council',
    organisationCy: 'Cyngor Sir Gwernyfed',
    organisationHref: '#home',
    serviceName: 'Apply for a parking permit',
    serviceNameCy: 'Gwneud cais am drwydded barcio',
    serviceHref: '#service',
    regions: ['logo', 'language'],
  },
  argTypes: { ...argTypesFor(headerProps), regions: { control: 'check', options: ['logo', 'language', 'account', 'navigation'] } },
} satisfies Meta<HeaderArgs>;

export default meta;
type Story = StoryObj<HeaderArgs>;

/** Organisation with its logo, the service name linking to the service's start, the language toggle. */
export const Default: Story = {};

/** Only the organisation: for pages that are not part of a service. */
export const OrganisationOnly: Story = {
  args: { serviceName: undefined, serviceNameCy: undefined, serviceHref: undefined, regions: ['logo'] },
};

/** Signed in: a sign-out link in the account region. */
export const SignedIn: Story = {
  args: { regions: ['logo', 'language', 'account'] },
};

/** A few links: on a small screen (or at 200% zoom) they fold into a "Menu" button; with JavaScript off they all show. */
export const WithNavigation: Story = {
  args: { regions: ['logo', 'language', 'account', 'navigation'] },
};

/** The menu opened, as a person on a phone sees it after pressing "Menu" / "Dewislen". */
export const MenuOpen: Story = {
  args: { regions: ['logo', 'language', 'navigation'] },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>('.cyd-header__menu-button');
    if (button && !button.hidden) button.click();
  },
};

/** A health board's long Welsh name and a long service name wrap on a small screen. */
export const LongNames: Story = {
  args: {
    organisation: 'Betsi Cadwaladr University Health Board',
    organisationCy: 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr',
    serviceName: 'Request a copy of your health records from a hospital or clinic',
    serviceNameCy: 'Gofyn am gopi o’ch cofnodion iechyd gan ysbyty neu glinig',
    regions: ['logo', 'language', 'account'],
  },
};
