import * as z from 'zod';
import { checkNhsNumber } from '../checks/nhs-number.js';
import { fromCheck } from './text.js';

export { hasValidNhsCheckDigit } from '../checks/nhs-number.js';

/**
 * An NHS number (England and Wales): 10 digits with a modulus 11 check
 * digit. Accepts spaces and hyphens ("943 476 5919", "943-476-5919");
 * returns the 10 digits. The rules are `checkNhsNumber`'s.
 */
export const nhsNumber = z.preprocess(fromCheck(checkNhsNumber), z.string().regex(/^[0-9]{10}$/)).meta({
  title: 'NHS number',
  description: '10 digits, no spaces. The 10th digit must be the modulus 11 check digit of the first nine (weights 10 to 2); re-check it on the server.',
  examples: ['9434765919'],
});

export type NhsNumber = z.infer<typeof nhsNumber>;
