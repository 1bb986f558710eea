import * as z from 'zod';
import { raise, readText } from './text.js';

const SHAPE = /^[A-Z]{2}[0-9]{6}[A-D]$/;
// Letters HMRC never uses in a prefix, and prefixes it has never issued.
const NEVER_FIRST = /^[DFIQUV]/;
const NEVER_SECOND = /^.[DFIOQUV]/;
const NEVER_ISSUED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

/** True for a prefix HMRC could have issued (not whether this number was). */
export function isIssuablePrefix(prefix: string): boolean {
  return !NEVER_FIRST.test(prefix) && !NEVER_SECOND.test(prefix) && !NEVER_ISSUED.has(prefix);
}

/**
 * A National Insurance number: two prefix letters, six digits, a suffix
 * A–D. Case, spaces and hyphens are ignored; returns "QQ123456C".
 */
export const nationalInsuranceNumber = z
  .preprocess((input, ctx) => {
    const text = readText(input, ctx, {
      required: 'nationalInsuranceNumberRequired',
      tooLong: 'nationalInsuranceNumberFormat',
      cap: 32,
    });
    if (text === undefined) return input;
    const compact = text.replace(/[\s\-‐‑–]/gu, '').toUpperCase();
    if (!SHAPE.test(compact)) raise(ctx, 'nationalInsuranceNumberFormat', input);
    else if (!isIssuablePrefix(compact.slice(0, 2))) raise(ctx, 'nationalInsuranceNumberNotIssued', input);
    return compact;
  }, z.string().regex(/^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/))
  .meta({
    title: 'National Insurance number',
    description: 'Two prefix letters, six digits and a suffix A–D, upper case, no spaces.',
    examples: ['QQ123456C'],
  });

export type NationalInsuranceNumber = z.infer<typeof nationalInsuranceNumber>;
