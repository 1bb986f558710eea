import * as z from 'zod';

export interface JsonSchemaOptions {
  /** JSON Schema dialect; 2020-12 unless a back end needs an older one. */
  target?: 'draft-2020-12' | 'draft-07' | 'draft-04' | 'openapi-3.0';
}

/**
 * JSON Schema for a schema's clean value: what the browser sends after
 * `validate` and what a back end in another language should accept and
 * store ("9434765919", "CF10 1AA", "1990-03-01").
 *
 * Our schemas normalise and check in code before the clean value is
 * described, so the JSON Schema carries shape, length and pattern but not
 * every rule. A back end must re-check, itself or by calling this library
 * in Node: the NHS number check digit; the National Insurance prefixes
 * never issued (covered by the pattern); that a date of birth is a real
 * date, not in the future and within the age limits (they depend on today);
 * that a phone number is in the UK number plan; that a password and its
 * confirmation match. Each schema's `description` says which rule applies.
 * Anything a schema an author composes cannot express (a transform, a
 * refinement) becomes `{}`, "any value", rather than failing.
 */
export function toJSONSchema(schema: z.ZodType, options: JsonSchemaOptions = {}): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: options.target ?? 'draft-2020-12',
    // The clean value is the contract; what a person may type is for the form to handle.
    io: 'output',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
}
