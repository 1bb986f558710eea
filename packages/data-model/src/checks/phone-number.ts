// The "min" metadata checks a number's length and leading digits for its
// country, which is what a form needs; "max" adds per-type patterns at about
// twice the size. Even "min" is the largest thing in this package: this is
// the one check that is not cheap, so it is kept in a module of its own.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { type CheckResult, accept, reject } from './result.js';
import { checkText } from './text.js';

// What people put in phone numbers besides digits: spaces, brackets,
// hyphens, dots, and + or 00 for the country code.
const PHONE_CHARACTERS = /^[0-9\s()+\-‐‑–.]+$/u;
// Guernsey, Jersey and the Isle of Man share the UK's +44.
const UK_CALLING_CODE = '44';

/**
 * A UK phone number, with or without +44 (or 0044), with spaces, brackets
 * and hyphens: "01632 960 001", "(01632) 960001", "+44 7700 900982".
 * Accepts E.164: "+441632960001".
 */
export function checkUkPhoneNumber(input: unknown): CheckResult<string> {
  const text = checkText(input, { required: 'phoneNumberRequired', tooLong: 'phoneNumberFormat', cap: 32 });
  if (!text.ok) return text;
  if (!PHONE_CHARACTERS.test(text.value)) return reject('phoneNumberFormat');
  const phone = parsePhoneNumberFromString(text.value, 'GB');
  if (phone === undefined || !phone.isValid()) return reject('phoneNumberFormat');
  if (phone.countryCallingCode !== UK_CALLING_CODE) return reject('phoneNumberNotUk');
  return accept(phone.number);
}
