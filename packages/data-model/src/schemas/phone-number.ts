import * as z from 'zod';
// The "min" metadata checks a number's length and leading digits for its
// country, which is what a form needs; "max" adds per-type patterns at about
// twice the size.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { raise, readText } from './text.js';

// What people put in phone numbers besides digits: spaces, brackets,
// hyphens, dots, and + or 00 for the country code.
const PHONE_CHARACTERS = /^[0-9\s()+\-‐‑–.]+$/u;
// Guernsey, Jersey and the Isle of Man share the UK's +44.
const UK_CALLING_CODE = '44';

/**
 * A UK phone number, with or without +44 (or 0044), with spaces, brackets
 * and hyphens: "01632 960 001", "(01632) 960001", "+44 7700 900982".
 * Returns E.164: "+441632960001".
 */
export const ukPhoneNumber = z
  .preprocess((input, ctx) => {
    const text = readText(input, ctx, { required: 'phoneNumberRequired', tooLong: 'phoneNumberFormat', cap: 32 });
    if (text === undefined) return input;
    if (!PHONE_CHARACTERS.test(text)) {
      raise(ctx, 'phoneNumberFormat', input);
      return input;
    }
    const phone = parsePhoneNumberFromString(text, 'GB');
    if (phone === undefined || !phone.isValid()) {
      raise(ctx, 'phoneNumberFormat', input);
      return input;
    }
    if (phone.countryCallingCode !== UK_CALLING_CODE) {
      raise(ctx, 'phoneNumberNotUk', input);
      return input;
    }
    return phone.number;
  }, z.string().regex(/^\+44[0-9]{9,10}$/))
  .meta({
    title: 'UK phone number',
    description: 'E.164 form: +44 and the national number without its leading 0. Re-check the number plan on the server.',
    examples: ['+441632960001'],
  });

export type UkPhoneNumber = z.infer<typeof ukPhoneNumber>;
