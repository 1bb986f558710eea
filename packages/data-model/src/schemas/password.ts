import * as z from 'zod';
import { characterCount, raise, requireObject } from './text.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * A password: 8 to 256 characters, any characters, returned exactly as
 * typed. Spaces are not trimmed (they may be part of it) and nothing is
 * normalised: hash what the person typed, the same way every time. The
 * messages never say whether an email address or a password was wrong.
 */
export const password = z
  .preprocess((input, ctx) => {
    if (typeof input !== 'string' || input === '') {
      raise(ctx, 'passwordRequired', input);
      return input;
    }
    // A code point is at most two units, so this cap is safe to test before counting.
    if (input.length > PASSWORD_MAX_LENGTH * 2 || characterCount(input) > PASSWORD_MAX_LENGTH) {
      raise(ctx, 'passwordTooLong', input, { maximum: PASSWORD_MAX_LENGTH });
    } else if (characterCount(input) < PASSWORD_MIN_LENGTH) {
      raise(ctx, 'passwordTooShort', input, { minimum: PASSWORD_MIN_LENGTH });
    }
    return input;
  }, z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH))
  .meta({
    title: 'Password',
    description: '8 to 256 characters (counted as Unicode code points), exactly as typed.',
  });

export type Password = z.infer<typeof password>;

const confirmation = z.preprocess((input, ctx) => {
  if (typeof input !== 'string' || input === '') raise(ctx, 'passwordConfirmationRequired', input);
  return input;
}, z.string());

/**
 * A password and its confirmation, for creating or changing one. A missing
 * or different confirmation is reported on the `confirmation` path so the
 * second box, not the first, shows the problem.
 */
export const passwordWithConfirmation = z
  .preprocess(requireObject('passwordRequired', ['password', 'confirmation']), z.object({ password, confirmation }))
  .superRefine((value, ctx) => {
    // Only compare two answers that are each acceptable: "enter the same
    // password" is no help while the first box is still empty or too short.
    if (ctx.issues.length > 0) return;
    if (value.confirmation !== value.password) {
      raise(ctx, 'passwordConfirmationMismatch', value.confirmation, { path: ['confirmation'] });
    }
  })
  .meta({
    title: 'Password and confirmation',
    description: 'A new password typed twice. The two must be the same; re-check that on the server.',
  });

export type PasswordWithConfirmation = z.infer<typeof passwordWithConfirmation>;
