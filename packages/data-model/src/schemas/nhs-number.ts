import * as z from 'zod';
import { raise, readText } from './text.js';

const NHS_NUMBER = /^[0-9]{10}$/;

/**
 * True when the 10th digit is the modulus 11 check digit of the first nine
 * (weights 10 down to 2; 11 → 0; 10 means no number is ever issued).
 */
export function hasValidNhsCheckDigit(digits: string): boolean {
  if (!NHS_NUMBER.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * An NHS number (England and Wales): 10 digits with a modulus 11 check
 * digit. Accepts spaces and hyphens ("943 476 5919", "943-476-5919");
 * returns the 10 digits.
 */
export const nhsNumber = z
  .preprocess((input, ctx) => {
    // 32 allows the 12 characters of "943 476 5919" with room for stray spaces.
    const text = readText(input, ctx, { required: 'nhsNumberRequired', tooLong: 'nhsNumberLength', cap: 32 });
    if (text === undefined) return input;
    const digits = text.replace(/[\s\-‐‑–]/gu, '');
    if (/[^0-9]/.test(digits)) raise(ctx, 'nhsNumberCharacters', input);
    else if (digits.length !== 10) raise(ctx, 'nhsNumberLength', input);
    else if (!hasValidNhsCheckDigit(digits)) raise(ctx, 'nhsNumberChecksum', input);
    return digits;
  }, z.string().regex(NHS_NUMBER))
  .meta({
    title: 'NHS number',
    description:
      '10 digits, no spaces. The 10th digit must be the modulus 11 check digit of the first nine (weights 10 to 2); re-check it on the server.',
    examples: ['9434765919'],
  });

export type NhsNumber = z.infer<typeof nhsNumber>;
