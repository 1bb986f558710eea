import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../cookie-banner/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { cookieBannerDefinition, cookieBannerProps } from './cookie-banner.template.js';
import { consentCookie } from './cookie-consent.js';

type CookieBannerArgs = StoryArgs<typeof cookieBannerProps>;

const meta = {
  title: 'Components/Cookie banner',
  component: 'cyd-cookie-banner',
  // A choice made in one story must not hide the banner in the next: each
  // story starts as a first visit.
  loaders: [
    () => {
      document.cookie = consentCookie({ analytics: false }, { secure: location.protocol === 'https:', maxAge: 0 });
      return {};
    },
  ],
  render: (args: CookieBannerArgs) => elementFromArgs(cookieBannerDefinition, args),
  args: { serviceName: 'Parking permits', serviceNameCy: 'Trwyddedau parcio', cookiesHref: '#cookies', cookiesHrefCy: '#cwcis' },
  argTypes: argTypesFor(cookieBannerProps),
} satisfies Meta<CookieBannerArgs>;

export default meta;
type Story = StoryObj<CookieBannerArgs>;

/** The question, in the toolbar's language. Press Accept or Reject to see the confirmation. */
export const Default: Story = {};

/** GOV.UK's server-side banner: the buttons post `cookies=accept|reject` to `action` when JavaScript is off. */
export const PostsAForm: Story = {
  args: { action: '/cookies/choice' },
};

/** After accepting (the server renders this after a no-JavaScript post: `consent="accepted" confirmation`). */
export const Accepted: Story = {
  args: { consent: 'accepted', confirmation: true },
};

/** After rejecting. */
export const Rejected: Story = {
  args: { consent: 'rejected', confirmation: true },
};

/** The author's own heading and button words, in both languages. */
export const OwnWords: Story = {
  args: {
    heading: 'Cookies on the council’s website',
    headingCy: 'Cwcis ar wefan y cyngor',
    acceptText: 'Accept additional cookies',
    acceptTextCy: 'Derbyn cwcis ychwanegol',
    rejectText: 'Reject additional cookies',
    rejectTextCy: 'Gwrthod cwcis ychwanegol',
  },
};

/** Welsh runs longer: nothing may clip or overlap on a 320px screen. */
export const NarrowScreen: Story = {
  globals: { viewport: { value: 'narrow320', isRotated: false } },
};
