import { type CheckResult, accept, reject } from './result.js';
import { checkText } from './text.js';

// Royal Mail's rules for which letters may stand where: outward code (area,
// district, optional sub-district letter), then inward code (sector digit,
// two unit letters that never include C I K M O V). GIR 0AA is the one
// historic exception still in use.
const OUTWARD = '(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const COMPACT_POSTCODE = new RegExp(`^(?:${OUTWARD}${INWARD}|GIR0AA)$`);
/** A clean postcode: capitals, one space before the inward code. */
export const POSTCODE = new RegExp(`^(?:${OUTWARD} ${INWARD}|GIR 0AA)$`);

/** Spaces and punctuation people put in postcodes ("cf10-1aa", "CF10.1AA"). */
export const POSTCODE_SEPARATORS = /[\s\p{P}]/gu;

/**
 * A full UK postcode. Case, spaces and punctuation are ignored; accepts the
 * postcode in capitals with one space before the inward code ("CF10 1AA").
 */
export function checkPostcode(input: unknown): CheckResult<string> {
  const text = checkText(input, { required: 'postcodeRequired', tooLong: 'postcodeFormat', cap: 16 });
  if (!text.ok) return text;
  const compact = text.value.replace(POSTCODE_SEPARATORS, '').toUpperCase();
  if (!COMPACT_POSTCODE.test(compact)) return reject('postcodeFormat');
  return accept(`${compact.slice(0, -3)} ${compact.slice(-3)}`);
}
