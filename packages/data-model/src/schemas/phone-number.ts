import * as z from 'zod';
import { checkUkPhoneNumber } from '../checks/phone-number.js';
import { fromCheck } from './text.js';

/**
 * A UK phone number, with or without +44 (or 0044), with spaces, brackets
 * and hyphens: "01632 960 001", "(01632) 960001", "+44 7700 900982".
 * Returns E.164: "+441632960001". The rules are `checkUkPhoneNumber`'s.
 */
export const ukPhoneNumber = z.preprocess(fromCheck(checkUkPhoneNumber), z.string().regex(/^\+44[0-9]{9,10}$/)).meta({
  title: 'UK phone number',
  description: 'E.164 form: +44 and the national number without its leading 0. Re-check the number plan on the server.',
  examples: ['+441632960001'],
});

export type UkPhoneNumber = z.infer<typeof ukPhoneNumber>;
