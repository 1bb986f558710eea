import * as z from 'zod';
import { raise, readText } from './text.js';

// Royal Mail's rules for which letters may stand where: outward code (area,
// district, optional sub-district letter), then inward code (sector digit,
// two unit letters that never include C I K M O V). GIR 0AA is the one
// historic exception still in use.
const OUTWARD = '(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const COMPACT_POSTCODE = new RegExp(`^(?:${OUTWARD}${INWARD}|GIR0AA)$`);
const POSTCODE = new RegExp(`^(?:${OUTWARD} ${INWARD}|GIR 0AA)$`);

/** Spaces and punctuation people put in postcodes ("cf10-1aa", "CF10.1AA"). */
const SEPARATORS = /[\s\p{P}]/gu;

/**
 * A full UK postcode. Case, spaces and punctuation are ignored; returns the
 * postcode in capitals with one space before the inward code ("CF10 1AA").
 * It says nothing about the country: SY and CH postcodes straddle the
 * border between Wales and England.
 */
export const postcode = z
  .preprocess((input, ctx) => {
    const text = readText(input, ctx, { required: 'postcodeRequired', tooLong: 'postcodeFormat', cap: 16 });
    if (text === undefined) return input;
    const compact = text.replace(SEPARATORS, '').toUpperCase();
    if (!COMPACT_POSTCODE.test(compact)) {
      raise(ctx, 'postcodeFormat', input);
      return input;
    }
    return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  }, z.string().regex(POSTCODE))
  .meta({
    title: 'Postcode',
    description: 'A full UK postcode in capitals with one space before the last three characters.',
    examples: ['CF10 1EP'],
  });

export type Postcode = z.infer<typeof postcode>;
