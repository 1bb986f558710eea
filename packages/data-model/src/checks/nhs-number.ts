import { type CheckResult, accept, reject } from './result.js';
import { SPACES_AND_HYPHENS, checkText } from './text.js';

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
 * digit, spaces and hyphens allowed ("943 476 5919"). Accepts the 10 digits.
 */
export function checkNhsNumber(input: unknown): CheckResult<string> {
  // 32 allows the 12 characters of "943 476 5919" with room for stray spaces.
  const text = checkText(input, { required: 'nhsNumberRequired', tooLong: 'nhsNumberLength', cap: 32 });
  if (!text.ok) return text;
  const digits = text.value.replace(SPACES_AND_HYPHENS, '');
  if (/[^0-9]/.test(digits)) return reject('nhsNumberCharacters');
  if (digits.length !== 10) return reject('nhsNumberLength');
  if (!hasValidNhsCheckDigit(digits)) return reject('nhsNumberChecksum');
  return accept(digits);
}
