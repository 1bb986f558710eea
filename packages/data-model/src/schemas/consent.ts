import * as z from 'zod';
import { raise } from './text.js';

// What a ticked checkbox sends: "on" by default, or the value the author gave it.
const TICKED = new Set(['true', 'on', 'yes']);

/**
 * A consent checkbox that must be ticked. Accepts `true` and the strings a
 * ticked box sends ("on", "true", "yes"); returns `true`.
 */
export const consent = z
  .preprocess((input, ctx) => {
    if (input === true || (typeof input === 'string' && input.length <= 8 && TICKED.has(input.trim().toLowerCase()))) {
      return true;
    }
    raise(ctx, 'consentRequired', input);
    return input;
  }, z.literal(true))
  .meta({ title: 'Consent', description: 'Must be true.' });

export type Consent = z.infer<typeof consent>;
