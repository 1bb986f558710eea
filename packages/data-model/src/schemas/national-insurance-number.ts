import * as z from 'zod';
import { checkNationalInsuranceNumber } from '../checks/national-insurance-number.js';
import { fromCheck } from './text.js';

export { isIssuablePrefix } from '../checks/national-insurance-number.js';

/**
 * A National Insurance number: two prefix letters, six digits, a suffix
 * A–D. Case, spaces and hyphens are ignored; returns "QQ123456C". The rules
 * are `checkNationalInsuranceNumber`'s.
 */
export const nationalInsuranceNumber = z
  .preprocess(fromCheck(checkNationalInsuranceNumber), z.string().regex(/^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/))
  .meta({
    title: 'National Insurance number',
    description: 'Two prefix letters, six digits and a suffix A–D, upper case, no spaces.',
    examples: ['QQ123456C'],
  });

export type NationalInsuranceNumber = z.infer<typeof nationalInsuranceNumber>;
