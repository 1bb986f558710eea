import type { Locale } from '@cydran/i18n';

/**
 * The provider's own words: its error pages, the sign-out question and the
 * consent page, plus the messages for what it checks itself (a wrong
 * password or code, a lock). Welsh wording to review is listed in
 * docs/provider.md.
 */
export interface ProviderWords {
  problemTitle: string;
  problemBody: string;
  expiredTitle: string;
  expiredBody: string;
  logoutTitle: string;
  signOut: string;
  signedOutTitle: string;
  signedOutBody: string;
  consentTitle: (client: string) => string;
  consentBody: string;
  allow: string;
  wrongPassword: string;
  wrongCode: string;
  expiredCode: string;
  outboxTitle: string;
  outboxEmpty: string;
}

export const providerWords: Record<Locale, ProviderWords> = {
  en: {
    problemTitle: 'Sorry, there is a problem',
    problemBody: 'Go back to the service you were using and try again.',
    expiredTitle: 'Your sign-in has timed out',
    expiredBody: 'Nothing you entered was kept. Go back to the service you were using and sign in again.',
    logoutTitle: 'Do you want to sign out?',
    signOut: 'Sign out',
    signedOutTitle: 'You have been signed out',
    signedOutBody: 'You can now close this window.',
    consentTitle: (client) => `${client} wants to use your account`,
    consentBody: 'It will be given your email address and your choice of language.',
    allow: 'Continue',
    wrongPassword: 'Incorrect email address or password',
    wrongCode: 'The security code is not correct',
    expiredCode: 'The security code has expired. Send a new code',
    outboxTitle: 'Development outbox',
    outboxEmpty: 'Nothing has been sent yet.',
  },
  cy: {
    problemTitle: 'Mae’n ddrwg gennym, mae problem wedi codi',
    problemBody: 'Ewch yn ôl i’r gwasanaeth roeddech yn ei ddefnyddio a rhowch gynnig arall arni.',
    expiredTitle: 'Mae eich mewngofnodi wedi dod i ben',
    expiredBody: 'Ni chadwyd dim a roesoch. Ewch yn ôl i’r gwasanaeth roeddech yn ei ddefnyddio a mewngofnodwch eto.',
    logoutTitle: 'Ydych chi eisiau allgofnodi?',
    signOut: 'Allgofnodi',
    signedOutTitle: 'Rydych wedi allgofnodi',
    signedOutBody: 'Gallwch gau’r ffenestr hon nawr.',
    consentTitle: (client) => `Mae ${client} eisiau defnyddio eich cyfrif`,
    consentBody: 'Bydd yn cael eich cyfeiriad e-bost a’ch dewis o iaith.',
    allow: 'Parhau',
    wrongPassword: 'Cyfeiriad e-bost neu gyfrinair anghywir',
    wrongCode: 'Nid yw’r cod diogelwch yn gywir',
    expiredCode: 'Mae’r cod diogelwch wedi dod i ben. Anfonwch god newydd',
    outboxTitle: 'Blwch anfon datblygu',
    outboxEmpty: 'Nid oes dim wedi’i anfon eto.',
  },
};
