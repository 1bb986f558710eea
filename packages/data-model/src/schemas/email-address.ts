import * as z from 'zod';
import { EMAIL_ADDRESS_MAX_LENGTH, checkEmailAddress } from '../checks/email-address.js';
import { fromCheck } from './text.js';

/**
 * An email address. Surrounding spaces are trimmed and the domain is put in
 * lower case. The rules are `checkEmailAddress`'s.
 */
export const emailAddress = z
  .preprocess(
    fromCheck(checkEmailAddress),
    z
      .string()
      .max(EMAIL_ADDRESS_MAX_LENGTH)
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/),
  )
  .meta({
    title: 'Email address',
    description: 'An email address, domain in lower case. Only sending a message proves it works.',
    examples: ['name@example.com'],
  });

export type EmailAddress = z.infer<typeof emailAddress>;
