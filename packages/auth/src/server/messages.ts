import type { CatalogueOf, Catalogues } from '@cydran/i18n';

/**
 * The relying party's own words: the header's account link and the pages
 * it shows when a sign-in cannot finish. Standard terms from WELSH.md
 * (Mewngofnodi, Allgofnodi); the wording under review is listed in
 * packages/auth/docs/relying-party.md.
 */
export const en = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  signInAgain: 'Sign in again',
  problemHeading: 'Sorry, there is a problem',
  signInFailed: 'We could not sign you in. Try again.',
  signInExpired: 'Signing in took too long, or the page was opened twice. Sign in again.',
  providerUnavailable: 'The sign-in service is not available at the moment. Try again later.',
  forbidden: 'We could not accept that request. Go back, reload the page and try again.',
  notFoundHeading: 'Page not found',
  notFound: 'If you typed the web address, check it is correct.',
  notAllowed: 'That page cannot be used that way.',
  signedOutHeading: 'You have been signed out',
  timedOutHeading: 'For your security, we signed you out',
  timedOut: 'We signed you out because you had not done anything for a while.',
};

export const cy = {
  signIn: 'Mewngofnodi',
  signOut: 'Allgofnodi',
  signInAgain: 'Mewngofnodi eto',
  problemHeading: 'Mae’n ddrwg gennym, mae problem wedi codi',
  signInFailed: 'Nid oedd modd eich mewngofnodi. Rhowch gynnig arall arni.',
  signInExpired: 'Roedd mewngofnodi wedi cymryd gormod o amser, neu agorwyd y dudalen ddwywaith. Mewngofnodwch eto.',
  providerUnavailable: 'Nid yw’r gwasanaeth mewngofnodi ar gael ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.',
  forbidden: 'Nid oedd modd derbyn y cais hwnnw. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  notFoundHeading: 'Heb ddod o hyd i’r dudalen',
  notFound: 'Os gwnaethoch deipio’r cyfeiriad gwe, gwiriwch ei fod yn gywir.',
  notAllowed: 'Nid oes modd defnyddio’r dudalen honno fel hynny.',
  signedOutHeading: 'Rydych wedi allgofnodi',
  timedOutHeading: 'Er eich diogelwch, gwnaethom eich allgofnodi',
  timedOut: 'Gwnaethom eich allgofnodi am nad oeddech wedi gwneud dim am gyfnod.',
} satisfies CatalogueOf<typeof en>;

export const relyingPartyMessages: Catalogues<typeof en> = { en, cy };
export type RelyingPartyWords = typeof en;
