import { type CatalogueOf, formatDate } from '@cydran/i18n';
import type { en } from './en.js';
import { afterSoftMutation, welshI } from './grammar.js';
import type { DatePart, MessageParams } from './params.js';

// Written in Welsh, not translated word for word. Sentences follow the
// patterns Welsh public services use: "Rhowch …" (enter), "Rhaid i … fod yn
// …" (must be), "Dewiswch …" (select). An author's field name follows a verb
// or "i", so it takes soft mutation (rhif → rif) or contracts (i + eich →
// i'ch): see grammar.ts for the rule and its limits.

const PART_NAMES: Record<DatePart, string> = { day: 'diwrnod', month: 'mis', year: 'blwyddyn' };

function partList(parts: readonly DatePart[] = []): string {
  const names = parts.map((part) => PART_NAMES[part]);
  if (names.length <= 1) return names[0] ?? PART_NAMES.day;
  // "a" (and) before a consonant; diwrnod, mis and blwyddyn all start with one
  // that aspirate mutation leaves alone.
  return `${names.slice(0, -1).join(', ')} a ${names[names.length - 1]}`;
}

const limitDate = (p: MessageParams): string => (p.limit ? formatDate(p.limit, 'cy') : '');

/** A verb that soft-mutates its object + the author's field name, or the default object as given. */
const verb = (word: string, p: MessageParams, fallback: string, answer = 'ateb'): string =>
  `${word} ${p.field ? afterSoftMutation(p.field, p.fieldMutates, answer) : fallback}`;

/** "Rhowch" + the author's field name, or the default object as given. */
const enter = (p: MessageParams, fallback: string): string => verb('Rhowch', p, fallback);

/** "Rhaid i" + subject: the subject is the author's field name or ours. */
const mustSubject = (p: MessageParams, fallback: string): string => `Rhaid ${p.field ? welshI(p.field, p.fieldMutates) : welshI(fallback)}`;

export const cy = {
  required: (p: MessageParams) => enter(p, 'ateb'),
  invalidFormat: (p: MessageParams) => `${enter(p, 'ateb')} yn y fformat cywir`,
  tooShort: (p: MessageParams) => `${mustSubject(p, 'eich ateb')} fod yn ${p.minimum} nod neu fwy`,
  tooLong: (p: MessageParams) => `${mustSubject(p, 'eich ateb')} fod yn ${p.maximum} nod neu lai`,
  numberTooSmall: (p: MessageParams) => `${mustSubject(p, 'y rhif')} fod yn ${p.minimum} neu fwy`,
  numberTooBig: (p: MessageParams) => `${mustSubject(p, 'y rhif')} fod yn ${p.maximum} neu lai`,
  notMultipleOf: (p: MessageParams) => `${mustSubject(p, 'y rhif')} fod yn lluosrif o ${p.divisor}`,
  tooFewItems: (p: MessageParams) => (p.minimum === 1 ? 'Dewiswch o leiaf un opsiwn' : `Dewiswch o leiaf ${p.minimum} opsiwn`),
  tooManyItems: (p: MessageParams) => (p.maximum === 1 ? 'Dewiswch un opsiwn yn unig' : `Dewiswch ${p.maximum} opsiwn neu lai`),
  dateTooEarly: (p: MessageParams) => `${mustSubject(p, 'y dyddiad')} fod ar ${limitDate(p)} neu ar ôl hynny`,
  dateTooLate: (p: MessageParams) => `${mustSubject(p, 'y dyddiad')} fod ar ${limitDate(p)} neu cyn hynny`,
  dateRequired: (p: MessageParams) => enter(p, 'ddyddiad'),
  dateIncomplete: (p: MessageParams) => `${mustSubject(p, 'y dyddiad')} gynnwys ${partList(p.parts)}`,
  dateNotReal: (p: MessageParams) => `${mustSubject(p, 'y dyddiad')} fod yn ddyddiad go iawn`,
  dateYearDigits: () => "Rhaid i'r flwyddyn gynnwys 4 rhif",
  dateNotPast: (p: MessageParams) => `${mustSubject(p, 'y dyddiad')} fod yn y gorffennol`,
  dateNotFuture: (p: MessageParams) => `${mustSubject(p, 'y dyddiad')} fod yn y dyfodol`,
  invalidOption: (p: MessageParams) => verb('Dewiswch', p, 'opsiwn'),
  unrecognizedKeys: (p: MessageParams) => `Tynnwch yr atebion nad yw'r ffurflen hon yn gofyn amdanynt: ${(p.keys ?? []).join(', ')}`,
  invalidAnswer: (p: MessageParams) => `${verb('Gwiriwch', p, 'eich ateb', 'yr ateb')} a rhowch gynnig arall arni`,

  nhsNumberRequired: (p: MessageParams) => enter(p, 'eich rhif GIG'),
  nhsNumberCharacters: (p: MessageParams) => `${mustSubject(p, 'rhif GIG')} gynnwys rhifau, bylchau a chysylltnodau yn unig`,
  nhsNumberLength: (p: MessageParams) => `${mustSubject(p, 'rhif GIG')} fod yn 10 digid`,
  nhsNumberChecksum: () => 'Rhowch rif GIG go iawn',

  nationalInsuranceNumberRequired: (p: MessageParams) => enter(p, 'eich rhif Yswiriant Gwladol'),
  nationalInsuranceNumberFormat: (p: MessageParams) => `${enter(p, 'rif Yswiriant Gwladol')} yn y fformat cywir, fel QQ 12 34 56 C`,
  nationalInsuranceNumberNotIssued: () => 'Rhowch rif Yswiriant Gwladol go iawn',

  postcodeRequired: (p: MessageParams) => enter(p, 'eich cod post'),
  postcodeFormat: (p: MessageParams) =>
    p.field ? `${enter(p, '')} ar ffurf cod post llawn yn y DU, fel CF10 1EP` : 'Rhowch god post llawn yn y DU, fel CF10 1EP',

  phoneNumberRequired: (p: MessageParams) => enter(p, 'eich rhif ffôn'),
  phoneNumberFormat: (p: MessageParams) => `${enter(p, 'rif ffôn')}, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192`,
  phoneNumberNotUk: () => 'Rhowch rif ffôn yn y DU',

  emailAddressRequired: (p: MessageParams) => enter(p, 'eich cyfeiriad e-bost'),
  emailAddressFormat: (p: MessageParams) => `${enter(p, 'gyfeiriad e-bost')} yn y fformat cywir, fel enw@example.com`,

  securityCodeRequired: (p: MessageParams) => enter(p, 'y cod diogelwch'),
  securityCodeCharacters: (p: MessageParams) => `${mustSubject(p, 'y cod diogelwch')} gynnwys rhifau yn unig`,
  securityCodeLength: (p: MessageParams) => `${mustSubject(p, 'y cod diogelwch')} fod yn 6 digid`,

  passwordRequired: (p: MessageParams) => enter(p, 'eich cyfrinair'),
  passwordTooShort: (p: MessageParams) => `${mustSubject(p, 'y cyfrinair')} fod yn ${p.minimum} nod neu fwy`,
  passwordTooLong: (p: MessageParams) => `${mustSubject(p, 'y cyfrinair')} fod yn ${p.maximum} nod neu lai`,
  passwordConfirmationRequired: (p: MessageParams) => verb('Cadarnhewch', p, 'eich cyfrinair', 'yr ateb'),
  passwordConfirmationMismatch: () => 'Rhowch yr un cyfrinair yn y ddau faes',

  givenNameRequired: (p: MessageParams) => enter(p, 'eich enw cyntaf'),
  givenNameTooLong: (p: MessageParams) => `${mustSubject(p, 'yr enw cyntaf')} fod yn ${p.maximum} nod neu lai`,
  givenNameCharacters: (p: MessageParams) => `${mustSubject(p, 'yr enw cyntaf')} gynnwys llythrennau, bylchau, cysylltnodau a chollnodau yn unig`,
  familyNameRequired: (p: MessageParams) => enter(p, 'eich cyfenw'),
  familyNameTooLong: (p: MessageParams) => `${mustSubject(p, 'y cyfenw')} fod yn ${p.maximum} nod neu lai`,
  familyNameCharacters: (p: MessageParams) => `${mustSubject(p, 'y cyfenw')} gynnwys llythrennau, bylchau, cysylltnodau a chollnodau yn unig`,

  dateOfBirthRequired: (p: MessageParams) => enter(p, 'eich dyddiad geni'),
  dateOfBirthIncomplete: (p: MessageParams) => `${mustSubject(p, 'y dyddiad geni')} gynnwys ${partList(p.parts)}`,
  dateOfBirthNotReal: (p: MessageParams) => `${mustSubject(p, 'y dyddiad geni')} fod yn ddyddiad go iawn`,
  dateOfBirthYearDigits: () => "Rhaid i'r flwyddyn gynnwys 4 rhif",
  dateOfBirthInFuture: (p: MessageParams) => `${mustSubject(p, 'y dyddiad geni')} fod yn y gorffennol`,
  dateOfBirthTooRecent: (p: MessageParams) => `${mustSubject(p, 'y dyddiad geni')} fod ar ${limitDate(p)} neu cyn hynny`,
  dateOfBirthTooEarly: (p: MessageParams) => `${mustSubject(p, 'y dyddiad geni')} fod ar ${limitDate(p)} neu ar ôl hynny`,

  addressLine1Required: (p: MessageParams) => (p.field ? enter(p, '') : "Rhowch linell 1 y cyfeiriad, sef yr adeilad a'r stryd fel arfer"),
  addressLine1TooLong: (p: MessageParams) => `${mustSubject(p, 'llinell 1 y cyfeiriad')} fod yn ${p.maximum} nod neu lai`,
  addressLine2TooLong: (p: MessageParams) => `${mustSubject(p, 'llinell 2 y cyfeiriad')} fod yn ${p.maximum} nod neu lai`,
  townRequired: (p: MessageParams) => enter(p, 'dref neu ddinas'),
  townTooLong: (p: MessageParams) => `${mustSubject(p, "y dref neu'r ddinas")} fod yn ${p.maximum} nod neu lai`,
  countyTooLong: (p: MessageParams) => `${mustSubject(p, 'y sir')} fod yn ${p.maximum} nod neu lai`,
  addressRequired: (p: MessageParams) => enter(p, 'eich cyfeiriad'),

  languagePreferenceRequired: (p: MessageParams) => verb('Dewiswch', p, 'yr iaith rydych am ei defnyddio'),
  consentRequired: (p: MessageParams) => verb('Cadarnhewch', p, 'eich bod yn cytuno', 'yr ateb'),
} satisfies CatalogueOf<typeof en>;
