import * as z from 'zod';
import type { MessageKey } from '../messages/en.js';
import { postcode } from './postcode.js';
import { characterCount, raise, readText, requireObject, tidy } from './text.js';

export const ADDRESS_LINE_MAX_LENGTH = 100;

interface LineRules {
  required?: MessageKey;
  tooLong: MessageKey;
}

function lineSchema(rules: LineRules) {
  return z.preprocess(
    (input, ctx) => {
      // Optional lines: a blank box is no answer, not a problem.
      if (!rules.required && (input === undefined || input === null || (typeof input === 'string' && tidy(input) === ''))) {
        return undefined;
      }
      const text = readText(input, ctx, {
        required: rules.required ?? rules.tooLong,
        tooLong: rules.tooLong,
        cap: ADDRESS_LINE_MAX_LENGTH * 4,
        maximum: ADDRESS_LINE_MAX_LENGTH,
      });
      if (text === undefined) return input;
      if (characterCount(text) > ADDRESS_LINE_MAX_LENGTH) {
        raise(ctx, rules.tooLong, input, { maximum: ADDRESS_LINE_MAX_LENGTH });
      }
      return text;
    },
    rules.required ? z.string().min(1).max(ADDRESS_LINE_MAX_LENGTH) : z.string().max(ADDRESS_LINE_MAX_LENGTH).optional(),
  );
}

/**
 * A UK postal address as GOV.UK asks for it: two lines, town or city, an
 * optional county and a postcode. Blank optional boxes are left out of the
 * result.
 */
export const address = z
  .preprocess(
    requireObject('addressRequired', ['line1', 'line2', 'town', 'county', 'postcode'], ['line2', 'county']),
    z.object({
      line1: lineSchema({ required: 'addressLine1Required', tooLong: 'addressLine1TooLong' }),
      line2: lineSchema({ tooLong: 'addressLine2TooLong' }).optional(),
      town: lineSchema({ required: 'townRequired', tooLong: 'townTooLong' }),
      county: lineSchema({ tooLong: 'countyTooLong' }).optional(),
      postcode,
    }),
  )
  .meta({ title: 'Address', description: 'A UK postal address; line 2 and county may be left out.' });

export type Address = z.infer<typeof address>;
