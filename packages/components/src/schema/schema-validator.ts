import type * as z from 'zod';
import { validate } from '@cydran/data-model/validate';
import type { Locale } from '@cydran/i18n';
import type { FormControl, Validator } from '../internal/form-control.js';
import { type SchemaValidatorOptions, isBlankAndOptional } from './check-validator.js';

/**
 * A form-control validator from any zod schema, a @cydran/data-model one or
 * your own composition: the browser checks with the same schema the server
 * uses. This loads zod; the named schemas (`data-schema="…"`) do not.
 *
 *   input.validators = [schemaValidator(nhsNumber, { field: { en: 'your NHS number', cy: 'eich rhif GIG' } })];
 *
 * An empty answer is left to `required`: an optional field may be blank.
 */
export function schemaValidator(schema: z.ZodType, options: SchemaValidatorOptions = {}): Validator {
  return (value: string, element: FormControl) => {
    if (isBlankAndOptional(value, element)) return null;
    const first = validate(schema, value, { locale: element.locale, ...options });
    if (first.success) return null;
    return {
      reason: first.errors[0]!.code,
      message: (locale: Locale) => {
        const result = validate(schema, value, { locale, ...options });
        return result.success ? '' : result.errors[0]!.message;
      },
    };
  };
}
