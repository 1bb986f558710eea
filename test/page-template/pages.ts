/**
 * Pages built with the page template, in English and Welsh, for the tests in
 * this folder: a question page in a journey (back link, phase banner, an
 * error state) and a content page (service navigation, breadcrumbs).
 */
import type { Locale } from '@cydran/i18n';
import { type PageOptions, renderPage } from '../../packages/components/src/server.js';

export const SERVICE = { en: 'Apply for a parking permit', cy: 'Gwneud cais am drwydded barcio' };
export const ORGANISATION = { en: 'Gwernyfed County Council', cy: 'Cyngor Sir Gwernyfed' };

/** This page's address in each language. */
export const QUESTION_ADDRESSES = { en: '/en/address', cy: '/cy/cyfeiriad' } as const;
export const CONTENT_ADDRESSES = { en: '/en/parking', cy: '/cy/parcio' } as const;

const QUESTION = { en: 'What is your address?', cy: 'Beth yw eich cyfeiriad?' };
const CONTENT = { en: 'Parking permits', cy: 'Trwyddedau parcio' };

function shared(lang: Locale): Omit<PageOptions, 'title' | 'body'> {
  return {
    lang,
    serviceName: SERVICE,
    serviceHref: { en: '/en/parking', cy: '/cy/parcio' },
    organisation: ORGANISATION,
    organisationHref: '/',
    stylesheets: ['/cydran.css'],
    footer: {
      accessibilityHref: { en: '/en/accessibility', cy: '/cy/hygyrchedd' },
      cookiesHref: { en: '/en/cookies', cy: '/cy/cwcis' },
      copyright: { en: '© Gwernyfed County Council', cy: '© Cyngor Sir Gwernyfed' },
    },
  };
}

/** A question page; with `hasErrors`, as the server shows it after a failed submit. */
export function questionPage(lang: Locale, hasErrors: boolean, overrides: Partial<PageOptions> = {}): string {
  return renderPage({
    ...shared(lang),
    title: QUESTION[lang],
    hasErrors,
    alternates: QUESTION_ADDRESSES,
    phaseBanner: { phase: 'beta', feedbackHref: { en: '/en/feedback', cy: '/cy/adborth' } },
    backLink: { href: { en: '/en/start', cy: '/cy/dechrau' } },
    body: `<h1>${QUESTION[lang]}</h1>
      <form method="post" action="">
        <cyd-text-input name="postcode" label="Postcode" label-cy="Cod post"${hasErrors ? ' error="Enter a postcode" error-cy="Rhowch god post"' : ''}></cyd-text-input>
        <cyd-button type="submit" text="Continue" text-cy="Parhau"></cyd-button>
      </form>`,
    ...overrides,
  });
}

/** A content page with service navigation and breadcrumbs. */
export function contentPage(lang: Locale, overrides: Partial<PageOptions> = {}): string {
  return renderPage({
    ...shared(lang),
    title: CONTENT[lang],
    alternates: CONTENT_ADDRESSES,
    serviceNavigation: {
      items: [
        { href: { en: '/en/parking', cy: '/cy/parcio' }, text: { en: 'Overview', cy: 'Trosolwg' }, current: true },
        { href: { en: '/en/address', cy: '/cy/cyfeiriad' }, text: { en: 'Apply', cy: 'Gwneud cais' } },
      ],
    },
    breadcrumbs: {
      items: [{ text: { en: 'Home', cy: 'Hafan' }, href: '/' }, { text: { en: 'Parking permits', cy: 'Trwyddedau parcio' } }],
    },
    body: `<h1>${CONTENT[lang]}</h1><p><a href="${QUESTION_ADDRESSES[lang]}">${lang === 'cy' ? 'Gwneud cais' : 'Apply'}</a></p>`,
    ...overrides,
  });
}
