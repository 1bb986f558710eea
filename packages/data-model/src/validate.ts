import type * as z from 'zod';
import type { MessageKey } from './messages/en.js';
import type { DatePart } from './messages/params.js';
import { type MessageOptions, createErrorMap, describeIssue, messageFor } from './error-map.js';

export interface ValidationError {
  /** Where the problem is: [] for the whole answer, ["address", "postcode"], ["dateOfBirth", "day"]. */
  path: (string | number)[];
  /** Why: a message key ("nhsNumberChecksum", "required"), the same in every language. */
  code: MessageKey;
  /** What to tell the person, in the requested language. */
  message: string;
  /** For dates: every part (day, month, year) to highlight, not only the one on `path`. */
  parts?: DatePart[];
}

export type ValidationResult<T> = { success: true; data: T } | { success: false; errors: ValidationError[] };

export type ValidateOptions = MessageOptions;

/**
 * Checks an answer against a schema and explains every problem in the
 * requested language. Never throws for any input or options: whatever a
 * person or a client sends, the result is either the clean value or at least
 * one error. The locale may be any tag (`cy-GB` gives Welsh); without one,
 * or with one we have no catalogue for, messages are in English.
 *
 *   validate(nhsNumber, '943 476 5919', { locale: 'cy' })
 *   // → { success: true, data: '9434765919' }
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, options: ValidateOptions = {}): ValidationResult<z.output<S>> {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    // reportInput keeps each issue's input, which tells "no answer" from "wrong answer" for zod's own codes.
    result = schema.safeParse(input, { error: createErrorMap(options), reportInput: true });
  } catch {
    // Only a refinement an author wrote, or input nested deeper than the
    // engine can follow, gets here. The answer is still not acceptable.
    return {
      success: false,
      errors: [{ path: [], code: 'invalidAnswer', message: messageFor({ reason: 'invalidAnswer', params: {}, fieldPath: [] }, options) }],
    };
  }
  if (result.success) return { success: true, data: result.data };
  const errors = result.error.issues.map((issue): ValidationError => {
    const described = describeIssue(issue);
    const error: ValidationError = {
      path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
      code: described.reason,
      message: issue.message,
    };
    if (described.params.parts) error.parts = [...described.params.parts];
    return error;
  });
  if (errors.length === 0) {
    // A parse that fails reports at least one issue; this keeps the promise of a message if it ever did not.
    errors.push({ path: [], code: 'invalidAnswer', message: messageFor({ reason: 'invalidAnswer', params: {}, fieldPath: [] }, options) });
  }
  return { success: false, errors };
}
