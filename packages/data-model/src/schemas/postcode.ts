import * as z from 'zod';
import { POSTCODE, checkPostcode } from '../checks/postcode.js';
import { fromCheck } from './text.js';

/**
 * A full UK postcode. Case, spaces and punctuation are ignored; returns the
 * postcode in capitals with one space before the inward code ("CF10 1AA").
 * It says nothing about the country: SY and CH postcodes straddle the
 * border between Wales and England. The rules are `checkPostcode`'s.
 */
export const postcode = z.preprocess(fromCheck(checkPostcode), z.string().regex(POSTCODE)).meta({
  title: 'Postcode',
  description: 'A full UK postcode in capitals with one space before the last three characters.',
  examples: ['CF10 1EP'],
});

export type Postcode = z.infer<typeof postcode>;
