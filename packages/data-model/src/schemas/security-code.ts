import * as z from 'zod';
import { raise, readText } from './text.js';

/** A 6-digit security code from a text message or email; spaces are ignored ("123 456"). */
export const securityCode = z
  .preprocess((input, ctx) => {
    const text = readText(input, ctx, { required: 'securityCodeRequired', tooLong: 'securityCodeLength', cap: 32 });
    if (text === undefined) return input;
    const code = text.replace(/\s/gu, '');
    if (/[^0-9]/.test(code)) raise(ctx, 'securityCodeCharacters', input);
    else if (code.length !== 6) raise(ctx, 'securityCodeLength', input);
    return code;
  }, z.string().regex(/^[0-9]{6}$/))
  .meta({ title: 'Security code', description: '6 digits, no spaces.', examples: ['123456'] });

export type SecurityCode = z.infer<typeof securityCode>;
