import type { CatalogueOf } from '@cydran/i18n';

/**
 * The cookie banner's own words: GOV.UK's cookie banner in English, and the
 * Welsh used by GOV.UK services' Welsh cookie banners (GOV.UK One Login and
 * others: "Derbyn cwcis dadansoddi", "Gwrthod cwcis dadansoddi", "Gweld
 * cwcis", "Gallwch newid eich gosodiadau cwcis unrhyw bryd").
 *
 * The heading names the service without mutating it: "ar" would soft-mutate
 * a name that follows it ("ar Gaerdydd"), and author text is never mutated
 * (docs/welsh-language.md), so the Welsh says "ar y gwasanaeth <name>".
 */
export const en = {
  /** Before the service's name in the heading: "Cookies on Parking permits". */
  headingOn: 'Cookies on',
  /** The heading when no service name is given. */
  headingThisService: 'Cookies on this service',
  essential: 'We use some essential cookies to make this service work.',
  analytics: 'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.',
  accept: 'Accept analytics cookies',
  reject: 'Reject analytics cookies',
  viewCookies: 'View cookies',
  accepted: 'You’ve accepted analytics cookies.',
  rejected: 'You’ve rejected analytics cookies.',
  /** Before the link to the cookies page in the confirmation. */
  changeBefore: 'You can',
  /** The link to the cookies page in the confirmation. */
  changeLink: 'change your cookie settings',
  /** After the link (may be empty in a language whose sentence ends with it). */
  changeAfter: 'at any time.',
  hide: 'Hide cookie message',
};

export const cy = {
  headingOn: 'Cwcis ar y gwasanaeth',
  headingThisService: 'Cwcis ar y gwasanaeth hwn',
  essential: 'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
  analytics: 'Hoffem hefyd ddefnyddio cwcis dadansoddi fel y gallwn ddeall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau.',
  accept: 'Derbyn cwcis dadansoddi',
  reject: 'Gwrthod cwcis dadansoddi',
  viewCookies: 'Gweld cwcis',
  accepted: 'Rydych wedi derbyn cwcis dadansoddi.',
  rejected: 'Rydych wedi gwrthod cwcis dadansoddi.',
  changeBefore: 'Gallwch',
  changeLink: 'newid eich gosodiadau cwcis',
  changeAfter: 'unrhyw bryd.',
  hide: 'Cuddio’r neges ynghylch cwcis',
} satisfies CatalogueOf<typeof en>;

export const cookieBannerMessages = { en, cy };
