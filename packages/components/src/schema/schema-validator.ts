import type * as z from 'zod';
import type { Text } from '@cydran/i18n';
import {
  type MessageOverrides,
  emailAddress,
  nationalInsuranceNumber,
  nhsNumber,
  postcode,
  securityCode,
  ukPhoneNumber,
  validate,
} from '@cydran/data-model';
import { type FormControl, type Validator, registerNamedValidator } from '../internal/form-control.js';

export interface SchemaValidatorOptions {
  /** The field in the question's words, for data-model's messages: `{ en: "the patient's NHS number", cy: 'rhif GIG y claf' }`. */
  field?: Text;
  /** data-model message overrides by code (`nhsNumberChecksum`…). The element's `messages` attribute works too. */
  messages?: MessageOverrides;
}

/**
 * A form-control validator from a @cydran/data-model schema: the browser
 * checks with the same schema the server uses, and the message comes in the
 * element's own language at the moment it is shown (so a language switch
 * changes it live).
 *
 *   input.validators = [schemaValidator(nhsNumber, { field: { en: 'your NHS number', cy: 'eich rhif GIG' } })];
 *
 * An empty answer is left to `required`: an optional field may be blank.
 */
export function schemaValidator(schema: z.ZodType, options: SchemaValidatorOptions = {}): Validator {
  return (value: string, element: FormControl) => {
    if (value.trim() === '' && !(element as FormControl & { required?: boolean }).required) return null;
    const first = validate(schema, value, { locale: element.locale, ...options });
    if (first.success) return null;
    return {
      reason: first.errors[0]!.code,
      message: (locale) => {
        const result = validate(schema, value, { locale, ...options });
        return result.success ? '' : result.errors[0]!.message;
      },
    };
  };
}

/** The schemas plain HTML can name with `data-schema="…"`. */
export const namedSchemas = {
  nhsNumber,
  nationalInsuranceNumber,
  postcode,
  ukPhoneNumber,
  emailAddress,
  securityCode,
} as const;

export type SchemaName = keyof typeof namedSchemas;

/** Registers the named schemas with every form control (the `@cydran/components/schema` entry does this). */
export function registerNamedSchemas(): void {
  for (const [name, schema] of Object.entries(namedSchemas)) registerNamedValidator(name, schemaValidator(schema));
}
