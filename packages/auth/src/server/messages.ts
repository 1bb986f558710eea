import type { CatalogueOf, Catalogues } from '@cydran/i18n';

/**
 * The relying party's own words: why a sign-in could not finish, and its
 * 404 and 405 pages. Everything else (sign in, sign out, the signed-out and
 * timed-out pages) is the patterns' (`authMessages`). The wording under
 * review is listed in packages/auth/docs/relying-party.md.
 */
export const en = {
  signInFailed: 'We could not sign you in. Try again.',
  signInExpired: 'Signing in took too long, or the page was opened twice. Sign in again.',
  providerUnavailable: 'The sign-in service is not available at the moment. Try again later.',
  forbidden: 'We could not accept that request. Go back, reload the page and try again.',
  notFoundHeading: 'Page not found',
  notFound: 'If you typed the web address, check it is correct.',
  notAllowed: 'That page cannot be used that way.',
};

export const cy = {
  signInFailed: 'Nid oedd modd eich mewngofnodi. Rhowch gynnig arall arni.',
  signInExpired: 'Roedd mewngofnodi wedi cymryd gormod o amser, neu agorwyd y dudalen ddwywaith. Mewngofnodwch eto.',
  providerUnavailable: 'Nid yw’r gwasanaeth mewngofnodi ar gael ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.',
  forbidden: 'Nid oedd modd derbyn y cais hwnnw. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  notFoundHeading: 'Heb ddod o hyd i’r dudalen',
  notFound: 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
  notAllowed: 'Nid oes modd defnyddio’r dudalen honno fel hynny.',
} satisfies CatalogueOf<typeof en>;

export const relyingPartyMessages: Catalogues<typeof en> = { en, cy };
export type RelyingPartyWords = typeof en;
