import type { Locale } from '@cydran/i18n';

/**
 * The provider's own words: its error pages, the sign-out question and the
 * consent page, and asking for a new code; the sign-in pages and their
 * messages are the patterns'.
 * Welsh wording to review is listed in
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
  resendTitle: string;
  resendEmail: (email: string) => string;
  resendPhone: string;
  sendNewCode: string;
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
    resendTitle: 'Get a new security code',
    resendEmail: (email) => `We will send a new code to ${email}. The codes we sent before will stop working.`,
    resendPhone: 'We will send a new code to your phone. The codes we sent before will stop working.',
    sendNewCode: 'Send a new code',
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
    resendTitle: 'Cael cod diogelwch newydd',
    resendEmail: (email) => `Byddwn yn anfon cod newydd i ${email}. Bydd y codau a anfonwyd gennym o’r blaen yn stopio gweithio.`,
    resendPhone: 'Byddwn yn anfon cod newydd i’ch ffôn. Bydd y codau a anfonwyd gennym o’r blaen yn stopio gweithio.',
    sendNewCode: 'Anfon cod newydd',
    outboxTitle: 'Blwch anfon datblygu',
    outboxEmpty: 'Nid oes dim wedi’i anfon eto.',
  },
};
