import type { CalendarDate } from '@cydran/i18n';
import * as z from 'zod';
import { DATE_OF_BIRTH_MAX_AGE, checkDateParts } from '../checks/date-parts.js';
import { raise } from './text.js';

export { ageOn, toIsoDate } from '../checks/date-parts.js';

export interface DateOfBirthOptions {
  /** Youngest age allowed, in whole years on the day of the check. */
  minAge?: number;
  /**
   * Oldest age allowed. Defaults to 130, which no living person has reached,
   * to catch a mistyped century ("1098").
   */
  maxAge?: number;
  /** Today's date. Defaults to the local date where the check runs. */
  today?: () => CalendarDate;
}

/**
 * A date of birth typed as three parts, `{ day, month, year }`, each a
 * string or a number (months may also be names: "Mawrth", "March", "Mar").
 * Must be a real date, not in the future, and within the ages given.
 * Returns an ISO date, "1990-03-01". Each problem names the parts that are
 * wrong in `params.parts` and puts the first of them on the issue's path,
 * so a date input can highlight only those boxes. The rules are
 * `checkDateParts`'s with an age limit.
 *
 *   dateOfBirth()                 any age from 0 to 130
 *   dateOfBirth({ minAge: 16 })   16 or older today
 */
export function dateOfBirth(options: DateOfBirthOptions = {}) {
  const maxAge = options.maxAge ?? DATE_OF_BIRTH_MAX_AGE;
  return z
    .preprocess(
      (input, ctx) => {
        const result = checkDateParts(input, { minAge: options.minAge, maxAge, today: options.today?.() });
        if (result.ok) return result.value;
        raise(ctx, result.reason, input, { ...result.params, ...(result.part ? { path: [result.part] } : {}) });
        return input;
      },
      z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
    )
    .meta({
      title: 'Date of birth',
      description: `ISO 8601 date (YYYY-MM-DD): a real date, not in the future${
        options.minAge !== undefined ? `, at least ${options.minAge} years ago` : ''
      }, at most ${maxAge} years ago. Re-check against today's date on the server.`,
      format: 'date',
    });
}

export type DateOfBirth = z.infer<ReturnType<typeof dateOfBirth>>;
