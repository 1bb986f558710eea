// The "min" metadata checks a number's length and leading digits for its
// country, which is what a form needs; "max" adds per-type patterns at about
// twice the size. Even "min" is the largest thing in this package: this is
// the one check that is not cheap, so it is kept in a module of its own.
import { PhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { type CheckResult, accept, reject } from './result.js';
import { checkText } from './text.js';

// What people put in phone numbers besides digits: spaces, brackets,
// hyphens, dots, and + or 00 for the country code.
const PHONE_CHARACTERS = /^[0-9\s()+\-‐‑–.]+$/u;
// Guernsey, Jersey and the Isle of Man share the UK's +44.
const UK_CALLING_CODE = '44';
// The ways a UK number starts, longest first: +44, 0044 (international
// prefix), 0 (national prefix). What follows is the national number.
const UK_PREFIXES = ['+44', '0044', '0'];

/**
 * Ofcom's numbers for TV and radio drama that libphonenumber's data leaves
 * out: never anyone's, so hints, error messages ("like 01632 960 001,
 * 07700 900 982"), tests and training use them, and a person who types the
 * example must not be told it is wrong. Each range is 1,000 numbers, read as
 * the kind of number it stands for.
 */
const FICTIONAL_RANGES = [
  { prefix: '+441632960', type: 'FIXED_LINE' }, // 01632 960 000 to 01632 960 999
  { prefix: '+447700900', type: 'MOBILE' }, // 07700 900 000 to 07700 900 999
] as const;

/** The last three digits of a fictional range's numbers. */
const RANGE_DIGITS = 3;

/**
 * `MOBILE` or `FIXED_LINE` when an E.164 number ("+447700900982") is one of
 * Ofcom's numbers for drama that libphonenumber does not know, or undefined.
 */
export function fictionalNumberType(e164: string): 'MOBILE' | 'FIXED_LINE' | undefined {
  const range = FICTIONAL_RANGES.find(({ prefix }) => e164.startsWith(prefix) && e164.length === prefix.length + RANGE_DIGITS);
  return range && /^\d+$/.test(e164.slice(range.prefix.length)) ? range.type : undefined;
}

/**
 * The E.164 form of a number written the common ways ("029 2087 2087",
 * "(01632) 960001", "+44 7700 900982", "0044 …"), or undefined for any other
 * shape. Only the shape is read here; whether the number exists in the UK
 * plan is libphonenumber's to say.
 */
function commonUkForm(text: string): string | undefined {
  let compact = '';
  for (const c of text) {
    if (c >= '0' && c <= '9') compact += c;
    else if (c === '+' && compact === '') compact = '+';
    else if (c === '+') return undefined;
    // Every other character PHONE_CHARACTERS allows is a separator.
  }
  const prefix = UK_PREFIXES.find((p) => compact.startsWith(p));
  if (prefix === undefined) return undefined;
  const national = compact.slice(prefix.length);
  // A UK national number is 7, 9 or 10 digits and never starts with 0
  // ("+44 (0)29 …" and other shapes go the long way).
  if (national.length < 7 || national.length > 10 || national.startsWith('0')) return undefined;
  return `+${UK_CALLING_CODE}${national}`;
}

/**
 * A UK phone number, with or without +44 (or 0044), with spaces, brackets
 * and hyphens: "01632 960 001", "(01632) 960001", "+44 7700 900982".
 * Accepts E.164: "+441632960001".
 *
 * Speed: parsing free text is most of libphonenumber's cost, so a number in
 * one of the common shapes is read here and only its validity asked of
 * libphonenumber (the same metadata and rules as a full parse). Anything
 * else, and anything that check refuses, takes the full parse, so the two
 * paths cannot disagree about what is accepted (checks.spec.ts compares them).
 */
export function checkUkPhoneNumber(input: unknown): CheckResult<string> {
  const text = checkText(input, { required: 'phoneNumberRequired', tooLong: 'phoneNumberFormat', cap: 32 });
  if (!text.ok) return text;
  if (!PHONE_CHARACTERS.test(text.value)) return reject('phoneNumberFormat');
  const common = commonUkForm(text.value);
  if (common !== undefined && (new PhoneNumber(common).isValid() || fictionalNumberType(common))) return accept(common);
  return checkByFullParse(text.value);
}

/** The whole of libphonenumber's parse: every shape it reads, and the reason when it refuses. */
function checkByFullParse(text: string): CheckResult<string> {
  const phone = parsePhoneNumberFromString(text, 'GB');
  if (phone !== undefined && fictionalNumberType(phone.number)) return accept(phone.number);
  if (phone === undefined || !phone.isValid()) return reject('phoneNumberFormat');
  if (phone.countryCallingCode !== UK_CALLING_CODE) return reject('phoneNumberNotUk');
  return accept(phone.number);
}
