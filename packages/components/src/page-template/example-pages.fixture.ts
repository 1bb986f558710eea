import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { type Locale, normaliseLocale } from '@cydran/i18n';
import { type PageOptions, pageBodyMarkup } from './page-template.js';

/**
 * The example service's pages for the Patterns stories, laid out by the page
 * template: the same markup `renderPage` writes on the server
 * (`pageBodyMarkup`), here upgraded by the browser. Every word is given in
 * both languages, so the Welsh story shows no English; the toolbar (or the
 * language toggle in the header) switches. (A `.fixture.ts` file: for
 * stories only, never shipped.)
 */

/** The story's language and its address in each language, from Storybook's story context. */
export interface StoryPlace {
  id: string;
  globals: Record<string, unknown>;
}

/**
 * What every page of the example service shares: header (with the language
 * toggle linking to this story in the other language, as a real service
 * links to the page's other-language address), phase banner, footer.
 */
export function servicePage(place: StoryPlace, options: Pick<PageOptions, 'title' | 'body' | 'backLink' | 'phaseBanner'>): string {
  const storyIn = (locale: Locale) => `?id=${encodeURIComponent(place.id)}&viewMode=story&globals=locale:${locale}`;
  return pageBodyMarkup({
    ...options,
    lang: localeOf(place),
    serviceName: { en: 'Apply for a parking permit', cy: 'Gwneud cais am drwydded barcio' },
    serviceHref: '#start',
    organisation: { en: 'Gwernyfed County Council', cy: 'Cyngor Sir Gwernyfed' },
    organisationHref: '#home',
    alternates: { en: storyIn('en'), cy: storyIn('cy') },
    footer: {
      accessibilityHref: '#accessibility',
      cookiesHref: '#cookies',
      privacyHref: '#privacy',
      contactHref: '#contact',
      copyright: { en: '© Gwernyfed County Council', cy: '© Cyngor Sir Gwernyfed' },
    },
  });
}

export const localeOf = (place: StoryPlace): Locale => normaliseLocale(String(place.globals.locale ?? 'en'));

export const page = (markup: string) => html`<div class="cyd-template__body">${unsafeHTML(markup)}</div>`;

export const phaseBanner = { phase: 'beta', feedbackHref: '#feedback' } as const;

const QUESTION_ERRORS = JSON.stringify([
  { href: '#postcode', text: { en: 'Enter a postcode', cy: 'Rhowch god post' } },
  { href: '#permit-type', text: { en: 'Select the type of permit you need', cy: 'Dewiswch y math o drwydded sydd ei hangen arnoch' } },
]);

const PERMIT_TYPES = JSON.stringify([
  { value: 'resident', label: { en: 'Resident', cy: 'Preswylydd' } },
  { value: 'visitor', label: { en: 'Visitor', cy: 'Ymwelydd' } },
]);

/** A question page; `withErrors`: after a failed submit, as the server renders it (error summary, both fields in error). */
export function questionBody(withErrors: boolean): string {
  const error = (en: string, cy: string) => (withErrors ? ` error="${en}" error-cy="${cy}"` : '');
  return `${withErrors ? `<cyd-error-summary errors='${QUESTION_ERRORS}'></cyd-error-summary>` : ''}
    <form method="post" action="#" novalidate>
      <cyd-fieldset legend="Your parking permit" legend-cy="Eich trwydded barcio" legend-size="l" is-page-heading>
        <cyd-text-input name="postcode" label="Postcode" label-cy="Cod post" autocomplete="postal-code" width="10" required
          ${error('Enter a postcode', 'Rhowch god post')}></cyd-text-input>
        <cyd-radios name="permit-type" required label="What type of permit do you need?" label-cy="Pa fath o drwydded sydd ei hangen arnoch?"
          options='${PERMIT_TYPES}'
          ${error('Select the type of permit you need', 'Dewiswch y math o drwydded sydd ei hangen arnoch')}></cyd-radios>
      </cyd-fieldset>
      <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
    </form>`;
}

const ANSWER_ROWS = `
  <div data-row="name" data-key="Name" data-key-cy="Enw" data-change-href="#name" data-hidden="name" data-hidden-cy="enw">Sarah Philips</div>
  <div data-row="postcode" data-key="Postcode" data-key-cy="Cod post" data-change-href="#postcode" data-hidden="postcode" data-hidden-cy="cod post">CF10 1AA</div>
  <div data-row="permit-type" data-key="Type of permit" data-key-cy="Math o drwydded" data-value="Resident" data-value-cy="Preswylydd"
       data-change-href="#permit-type" data-hidden="type of permit" data-hidden-cy="math o drwydded"></div>`;

/** A heading that is not a label or legend: the story writes it in the toolbar's language. */
const heading = (locale: Locale, words: Record<Locale, string>) => `<h1 class="cyd-heading-l">${words[locale]}</h1>`;

export const CHECK_ANSWERS = { en: 'Check your answers', cy: 'Gwirio eich atebion' };
export const COMPLETE = { en: 'Application complete', cy: 'Cais wedi’i gwblhau' };

export function checkAnswersBody(locale: Locale): string {
  return `${heading(locale, CHECK_ANSWERS)}
    <cyd-summary-list>${ANSWER_ROWS}</cyd-summary-list>
    <form method="post" action="#">
      <cyd-button text="Submit" text-cy="Cyflwyno"></cyd-button>
    </form>`;
}

export function confirmationBody(): string {
  return `<cyd-panel title-text="${COMPLETE.en}" title-text-cy="${COMPLETE.cy}" reference="HDJ2123F"></cyd-panel>`;
}

/**
 * The parameters of every example page. The page brings its own landmarks
 * (banner, navigation, main, contentinfo). axe exception for these stories
 * only: a page's skip link comes before every landmark, and GOV.UK places
 * the back link before <main>, outside every landmark, so that the skip link
 * skips it (the Skip link stories have the same exception). axe's region
 * rule (a best practice, not a WCAG criterion) wants all content inside
 * landmarks. Every other rule runs; test/page-template/ checks the landmarks
 * themselves.
 */
export const examplePageParameters = {
  layout: 'fullscreen',
  cydran: { ownLandmarks: true },
  a11y: { config: { rules: [{ id: 'region', enabled: false }] } },
};
