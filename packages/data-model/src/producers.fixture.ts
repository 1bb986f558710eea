// Test data shared by the message and property suites: one input for every
// reason each exported schema can raise.
import type * as z from 'zod';
import {
  address,
  consent,
  dateOfBirth,
  emailAddress,
  languagePreference,
  nationalInsuranceNumber,
  nhsNumber,
  password,
  passwordWithConfirmation,
  personName,
  postcode,
  securityCode,
  ukPhoneNumber,
  type MessageKey,
} from './index.js';

export const today = () => ({ year: 2025, month: 3, day: 1 });

/**
 * Inputs that raise every reason each exported schema can produce. The test
 * below checks the reasons actually produced are exactly these, so a schema
 * that gains a new problem fails here until the problem has its messages.
 */
export const PRODUCERS: [string, z.ZodType, Partial<Record<MessageKey, unknown>>][] = [
  ['nhsNumber', nhsNumber, { nhsNumberRequired: '', nhsNumberCharacters: '12a', nhsNumberLength: '123', nhsNumberChecksum: '9434765918' }],
  [
    'nationalInsuranceNumber',
    nationalInsuranceNumber,
    { nationalInsuranceNumberRequired: null, nationalInsuranceNumberFormat: 'QQ1', nationalInsuranceNumberNotIssued: 'GB123456A' },
  ],
  ['postcode', postcode, { postcodeRequired: ' ', postcodeFormat: 'CF10' }],
  ['ukPhoneNumber', ukPhoneNumber, { phoneNumberRequired: '', phoneNumberFormat: '0123', phoneNumberNotUk: '+33 1 42 68 53 00' }],
  ['emailAddress', emailAddress, { emailAddressRequired: '', emailAddressFormat: 'name@' }],
  ['securityCode', securityCode, { securityCodeRequired: '', securityCodeCharacters: '12345a', securityCodeLength: '12345' }],
  ['password', password, { passwordRequired: '', passwordTooShort: 'short', passwordTooLong: 'x'.repeat(257) }],
  [
    'passwordWithConfirmation',
    passwordWithConfirmation,
    {
      passwordRequired: null,
      passwordTooShort: { password: 'short', confirmation: 'short' },
      passwordTooLong: { password: 'x'.repeat(257), confirmation: 'x'.repeat(257) },
      passwordConfirmationRequired: { password: 'long enough', confirmation: '' },
      passwordConfirmationMismatch: { password: 'long enough', confirmation: 'long enougH' },
      invalidAnswer: { password: 'long enough', confirmation: 'long enough', admin: true },
    },
  ],
  [
    'personName',
    personName,
    {
      givenNameRequired: { givenName: '', familyName: 'Jones' },
      givenNameTooLong: { givenName: 'a'.repeat(101), familyName: 'Jones' },
      givenNameCharacters: { givenName: 'R2', familyName: 'Jones' },
      familyNameRequired: { givenName: 'Siân', familyName: '' },
      familyNameTooLong: { givenName: 'Siân', familyName: 'a'.repeat(101) },
      familyNameCharacters: { givenName: 'Siân', familyName: 'D2' },
      invalidAnswer: { givenName: 'Siân', familyName: 'Jones', middleName: 'Wyn' },
    },
  ],
  [
    'dateOfBirth',
    dateOfBirth({ minAge: 16, maxAge: 100, today }),
    {
      dateOfBirthRequired: {},
      dateOfBirthIncomplete: { day: '1', month: '', year: '2000' },
      dateOfBirthNotReal: { day: '31', month: '4', year: '2000' },
      dateOfBirthYearDigits: { day: '1', month: '4', year: '200' },
      dateOfBirthInFuture: { day: '1', month: '4', year: '2025' },
      dateOfBirthTooRecent: { day: '1', month: '4', year: '2020' },
      dateOfBirthTooEarly: { day: '1', month: '4', year: '1900' },
    },
  ],
  [
    'address',
    address,
    {
      addressRequired: null,
      addressLine1Required: { town: 'Caerdydd', postcode: 'CF10 1AA' },
      addressLine1TooLong: { line1: 'x'.repeat(101), town: 'Caerdydd', postcode: 'CF10 1AA' },
      addressLine2TooLong: { line1: '1', line2: 'x'.repeat(101), town: 'Caerdydd', postcode: 'CF10 1AA' },
      townRequired: { line1: '1', postcode: 'CF10 1AA' },
      townTooLong: { line1: '1', town: 'x'.repeat(101), postcode: 'CF10 1AA' },
      countyTooLong: { line1: '1', town: 'Caerdydd', county: 'x'.repeat(101), postcode: 'CF10 1AA' },
      postcodeRequired: { line1: '1', town: 'Caerdydd' },
      postcodeFormat: { line1: '1', town: 'Caerdydd', postcode: 'CF10' },
      invalidAnswer: { line1: '1', town: 'Caerdydd', postcode: 'CF10 1AA', country: 'Wales' },
    },
  ],
  ['languagePreference', languagePreference, { languagePreferenceRequired: 'fr' }],
  ['consent', consent, { consentRequired: false }],
];
