import { type CatalogueOf, type Catalogues, plural } from '@cydran/i18n';

/**
 * <cyd-timeout-warning>'s own words, after HMRC's timeout dialog and the
 * standard terms "Stay signed in" / "Aros wedi’ch mewngofnodi" and "Sign out" /
 * "Allgofnodi".
 *
 * With a number Welsh keeps the noun singular ("15 munud", "30 eiliad"),
 * mutated as after the number's word: "dau"/"dwy" (2, CLDR's "two" form)
 * soft-mutates "munud" to "2 funud"; "eiliad" starts with a vowel and does
 * not mutate. Each plural form is a whole sentence: nothing joins a number
 * and a noun in code.
 */
export const en = {
  heading: 'You’re about to be signed out',
  signOutInMinutes: (minutes: number) =>
    plural(minutes, 'en', {
      one: 'For your security, we will sign you out in {n} minute.',
      other: 'For your security, we will sign you out in {n} minutes.',
    }),
  signOutInSeconds: (seconds: number) =>
    plural(seconds, 'en', {
      one: 'For your security, we will sign you out in {n} second.',
      other: 'For your security, we will sign you out in {n} seconds.',
    }),
  staySignedIn: 'Stay signed in',
  signOut: 'Sign out',
  keepAliveFailed: 'We could not keep you signed in. Try again.',
};

export const cy = {
  heading: 'Rydych ar fin cael eich allgofnodi',
  signOutInMinutes: (minutes: number) =>
    plural(minutes, 'cy', {
      zero: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} munud.',
      one: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} munud.',
      two: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} funud.',
      few: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} munud.',
      many: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} munud.',
      other: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} munud.',
    }),
  signOutInSeconds: (seconds: number) =>
    plural(seconds, 'cy', {
      zero: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} eiliad.',
      one: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} eiliad.',
      two: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} eiliad.',
      few: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} eiliad.',
      many: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} eiliad.',
      other: 'Er eich diogelwch, byddwn yn eich allgofnodi cyn pen {n} eiliad.',
    }),
  staySignedIn: 'Aros wedi’ch mewngofnodi',
  signOut: 'Allgofnodi',
  keepAliveFailed: 'Nid oedd modd eich cadw wedi’ch mewngofnodi. Rhowch gynnig arall arni.',
} satisfies CatalogueOf<typeof en>;

export const timeoutWarningMessages: Catalogues<typeof en> = { en, cy };
