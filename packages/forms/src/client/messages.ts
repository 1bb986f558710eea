/**
 * The client runner's own words: what only a runner in the browser says
 * (loading, a form that cannot run, a send that failed). Everything the
 * server runner also says (Continue, Change, Check your answers…) comes from
 * its catalogue, `runnerMessages`, so both runners use the same terms.
 * Welsh for review: listed in docs/client-runner.md.
 */
import type { BilingualText, CatalogueOf, Locale } from '@cydran/i18n';
import { type RunnerWords, runnerMessages } from '../server/messages.js';

const en = {
  loading: 'Loading the form…',
  unavailableHeading: 'Sorry, this form is not working at the moment',
  unavailableBody: 'Try again later. If you need to do this now, contact us another way.',
  sending: 'Sending your answers…',
  sendFailed: 'Your answers have not been sent. Nothing you entered has been lost. Check your internet connection and try again.',
  sendRefused: 'Your answers could not be sent. Nothing you entered has been lost. Try again later.',
  formChanged: 'This form has changed since you started it, so your answers cannot be sent. Reload the page to start again.',
  notSent: 'Not sent',
};

const cy = {
  loading: 'Wrthi’n llwytho’r ffurflen…',
  unavailableHeading: 'Mae’n ddrwg gennym, nid yw’r ffurflen hon yn gweithio ar hyn o bryd',
  unavailableBody: 'Rhowch gynnig arall arni yn nes ymlaen. Os oes angen i chi wneud hyn nawr, cysylltwch â ni mewn ffordd arall.',
  sending: 'Wrthi’n anfon eich atebion…',
  sendFailed: 'Nid yw eich atebion wedi’u hanfon. Nid oes dim a roesoch wedi’i golli. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
  sendRefused: 'Nid oedd modd anfon eich atebion. Nid oes dim a roesoch wedi’i golli. Rhowch gynnig arall arni yn nes ymlaen.',
  formChanged: 'Mae’r ffurflen hon wedi newid ers i chi ddechrau, felly nid oes modd anfon eich atebion. Ail-lwythwch y dudalen i ddechrau eto.',
  notSent: 'Heb ei anfon',
} satisfies CatalogueOf<typeof en>;

export type ClientWords = CatalogueOf<typeof en> & RunnerWords;

export const clientMessages: Record<Locale, ClientWords> = {
  en: { ...runnerMessages.en, ...en },
  cy: { ...runnerMessages.cy, ...cy },
};

/** One of the runner's words in both languages, for a component's text property (it switches live, and is never short of a language). */
export function bothLanguages(pick: (words: ClientWords, locale: Locale) => string): BilingualText {
  return { en: pick(clientMessages.en, 'en'), cy: pick(clientMessages.cy, 'cy') };
}
