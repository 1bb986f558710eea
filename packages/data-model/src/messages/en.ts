import { formatDate, plural } from '@cydran/i18n';
import { capitalise } from './grammar.js';
import type { DatePart, MessageParams } from './params.js';

// Every message takes the same parameters; most use only `field`, the
// author's name for the question. Without it the wording follows the GOV.UK
// patterns for the kind of answer ("Enter your NHS number").

const PART_NAMES: Record<DatePart, string> = { day: 'day', month: 'month', year: 'year' };

function partList(parts: readonly DatePart[] = []): string {
  const names = parts.map((part) => PART_NAMES[part]);
  if (names.length <= 1) return names[0] ?? PART_NAMES.day;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const limitDate = (p: MessageParams): string => (p.limit ? formatDate(p.limit, 'en') : '');

/** "1 character", "8 characters": a limit in any message, singular or plural as it needs. */
const characters = (n: number | undefined): string => plural(n ?? 0, 'en', { one: '{n} character', other: '{n} characters' });

export const en = {
  // Any issue zod can raise, for schemas an author composes from zod's own parts.
  required: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter an answer'),
  invalidFormat: (p: MessageParams) => (p.field ? `Enter ${p.field} in the correct format` : 'Enter an answer in the correct format'),
  tooShort: (p: MessageParams) => `${capitalise(p.field ?? 'your answer')} must be ${characters(p.minimum)} or more`,
  tooLong: (p: MessageParams) => `${capitalise(p.field ?? 'your answer')} must be ${characters(p.maximum)} or fewer`,
  numberTooSmall: (p: MessageParams) => `${capitalise(p.field ?? 'the number')} must be ${p.minimum} or more`,
  numberTooBig: (p: MessageParams) => `${capitalise(p.field ?? 'the number')} must be ${p.maximum} or less`,
  notMultipleOf: (p: MessageParams) => `${capitalise(p.field ?? 'the number')} must be a multiple of ${p.divisor}`,
  tooFewItems: (p: MessageParams) => (p.minimum === 1 ? 'Select at least one option' : `Select at least ${p.minimum} options`),
  tooManyItems: (p: MessageParams) => (p.maximum === 1 ? 'Select only one option' : `Select ${p.maximum} options or fewer`),
  dateTooEarly: (p: MessageParams) => `${capitalise(p.field ?? 'the date')} must be on or after ${limitDate(p)}`,
  dateTooLate: (p: MessageParams) => `${capitalise(p.field ?? 'the date')} must be on or before ${limitDate(p)}`,
  // A date typed in three boxes (checkDateParts); dateTooEarly and dateTooLate above serve it too.
  dateRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter a date'),
  dateIncomplete: (p: MessageParams) => `${capitalise(p.field ?? 'date')} must include a ${partList(p.parts)}`,
  dateNotReal: (p: MessageParams) => `${capitalise(p.field ?? 'date')} must be a real date`,
  dateYearDigits: () => 'Year must include 4 numbers',
  dateNotPast: (p: MessageParams) => `${capitalise(p.field ?? 'date')} must be in the past`,
  dateNotFuture: (p: MessageParams) => `${capitalise(p.field ?? 'date')} must be in the future`,
  invalidOption: (p: MessageParams) => (p.field ? `Select ${p.field}` : 'Select an option'),
  unrecognizedKeys: (p: MessageParams) => `Remove the answers this form does not ask for: ${(p.keys ?? []).join(', ')}`,
  invalidAnswer: (p: MessageParams) => `Check ${p.field ?? 'your answer'} and try again`,

  nhsNumberRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your NHS number'),
  nhsNumberCharacters: (p: MessageParams) => `${capitalise(p.field ?? 'NHS number')} must only include numbers, spaces and hyphens`,
  nhsNumberLength: (p: MessageParams) => `${capitalise(p.field ?? 'NHS number')} must be 10 digits`,
  // Names the kind of number, not the field: "Enter a real NHS number for your
  // NHS number" says nothing more, and the field is already highlighted.
  nhsNumberChecksum: () => 'Enter a real NHS number',

  nationalInsuranceNumberRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your National Insurance number'),
  nationalInsuranceNumberFormat: (p: MessageParams) => `Enter ${p.field ?? 'a National Insurance number'} in the correct format, like QQ 12 34 56 C`,
  nationalInsuranceNumberNotIssued: () => 'Enter a real National Insurance number',

  postcodeRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your postcode'),
  postcodeFormat: (p: MessageParams) => (p.field ? `Enter ${p.field} as a full UK postcode, like CF10 1EP` : 'Enter a full UK postcode, like CF10 1EP'),

  phoneNumberRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your phone number'),
  phoneNumberFormat: (p: MessageParams) => `Enter ${p.field ?? 'a phone number'}, like 01632 960 001, 07700 900 982 or +44 808 157 0192`,
  phoneNumberNotUk: () => 'Enter a UK phone number',

  emailAddressRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your email address'),
  emailAddressFormat: (p: MessageParams) => `Enter ${p.field ?? 'an email address'} in the correct format, like name@example.com`,

  securityCodeRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter the security code'),
  securityCodeCharacters: (p: MessageParams) => `${capitalise(p.field ?? 'the security code')} must only include numbers`,
  securityCodeLength: (p: MessageParams) => `${capitalise(p.field ?? 'the security code')} must be 6 digits`,

  passwordRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your password'),
  passwordTooShort: (p: MessageParams) => `${capitalise(p.field ?? 'password')} must be ${characters(p.minimum)} or more`,
  passwordTooLong: (p: MessageParams) => `${capitalise(p.field ?? 'password')} must be ${characters(p.maximum)} or fewer`,
  passwordConfirmationRequired: (p: MessageParams) => (p.field ? `Confirm ${p.field}` : 'Confirm your password'),
  passwordConfirmationMismatch: () => 'Enter the same password in both fields',

  givenNameRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your first name'),
  givenNameTooLong: (p: MessageParams) => `${capitalise(p.field ?? 'first name')} must be ${characters(p.maximum)} or fewer`,
  givenNameCharacters: (p: MessageParams) => `${capitalise(p.field ?? 'first name')} must only include letters, spaces, hyphens and apostrophes`,
  familyNameRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your last name'),
  familyNameTooLong: (p: MessageParams) => `${capitalise(p.field ?? 'last name')} must be ${characters(p.maximum)} or fewer`,
  familyNameCharacters: (p: MessageParams) => `${capitalise(p.field ?? 'last name')} must only include letters, spaces, hyphens and apostrophes`,

  dateOfBirthRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your date of birth'),
  dateOfBirthIncomplete: (p: MessageParams) => `${capitalise(p.field ?? 'date of birth')} must include a ${partList(p.parts)}`,
  dateOfBirthNotReal: (p: MessageParams) => `${capitalise(p.field ?? 'date of birth')} must be a real date`,
  dateOfBirthYearDigits: () => 'Year must include 4 numbers',
  dateOfBirthInFuture: (p: MessageParams) => `${capitalise(p.field ?? 'date of birth')} must be in the past`,
  dateOfBirthTooRecent: (p: MessageParams) => `${capitalise(p.field ?? 'date of birth')} must be on or before ${limitDate(p)}`,
  dateOfBirthTooEarly: (p: MessageParams) => `${capitalise(p.field ?? 'date of birth')} must be on or after ${limitDate(p)}`,

  addressLine1Required: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter address line 1, typically the building and street'),
  addressLine1TooLong: (p: MessageParams) => `${capitalise(p.field ?? 'address line 1')} must be ${characters(p.maximum)} or fewer`,
  addressLine2TooLong: (p: MessageParams) => `${capitalise(p.field ?? 'address line 2')} must be ${characters(p.maximum)} or fewer`,
  townRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter town or city'),
  townTooLong: (p: MessageParams) => `${capitalise(p.field ?? 'town or city')} must be ${characters(p.maximum)} or fewer`,
  countyTooLong: (p: MessageParams) => `${capitalise(p.field ?? 'county')} must be ${characters(p.maximum)} or fewer`,
  addressRequired: (p: MessageParams) => (p.field ? `Enter ${p.field}` : 'Enter your address'),

  languagePreferenceRequired: (p: MessageParams) => (p.field ? `Select ${p.field}` : 'Select the language you want to use'),
  consentRequired: (p: MessageParams) => (p.field ? `Confirm ${p.field}` : 'Confirm that you agree'),
};

/** The reason for a problem: a key of the message catalogues. */
export type MessageKey = keyof typeof en;
