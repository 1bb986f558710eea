// Formatters for showing clean values to people. Each accepts what its
// schema accepts (so a stored value, or one typed with odd spacing, both
// work) and returns the input unchanged when it cannot be read, so showing a
// value never fails.

import { POSTCODE_SEPARATORS } from './checks/postcode.js';
import { SPACES_AND_HYPHENS } from './checks/text.js';

const compact = (value: string, pattern: RegExp) => value.replace(pattern, '');

/** "9434765919" → "943 476 5919", the 3-3-4 grouping the NHS uses. */
export function formatNhsNumber(value: string): string {
  const digits = compact(value, SPACES_AND_HYPHENS);
  if (!/^[0-9]{10}$/.test(digits)) return value;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** "qq123456c" → "QQ 12 34 56 C", as HMRC prints it. */
export function formatNationalInsuranceNumber(value: string): string {
  const text = compact(value, SPACES_AND_HYPHENS).toUpperCase();
  if (!/^[A-Z]{2}[0-9]{6}[A-D]$/.test(text)) return value;
  return `${text.slice(0, 2)} ${text.slice(2, 4)} ${text.slice(4, 6)} ${text.slice(6, 8)} ${text.slice(8)}`;
}

/** "cf101aa" → "CF10 1AA": capitals, one space before the inward code. */
export function formatPostcode(value: string): string {
  const text = compact(value, POSTCODE_SEPARATORS).toUpperCase();
  if (!/^[A-Z0-9]{5,7}$/.test(text)) return value;
  return `${text.slice(0, -3)} ${text.slice(-3)}`;
}
