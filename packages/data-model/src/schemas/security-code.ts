import * as z from 'zod';
import { checkSecurityCode } from '../checks/security-code.js';
import { fromCheck } from './text.js';

/** A 6-digit security code from a text message or email; spaces are ignored ("123 456"). The rules are `checkSecurityCode`'s. */
export const securityCode = z
  .preprocess(fromCheck(checkSecurityCode), z.string().regex(/^[0-9]{6}$/))
  .meta({ title: 'Security code', description: '6 digits, no spaces.', examples: ['123456'] });

export type SecurityCode = z.infer<typeof securityCode>;
