import type { Locale, Text } from '@cydran/i18n';
import { checkEmailAddress } from '@cydran/data-model/checks/email-address';
import { checkNationalInsuranceNumber } from '@cydran/data-model/checks/national-insurance-number';
import { checkNhsNumber } from '@cydran/data-model/checks/nhs-number';
import { checkPostcode } from '@cydran/data-model/checks/postcode';
import { type CheckResult, accept, reject } from '@cydran/data-model/checks/result';
import { checkSecurityCode } from '@cydran/data-model/checks/security-code';
import { type MessageOverrides, messageFor } from '@cydran/data-model/messages/message-for';
import { type FormControl, type Validator, registerDeferredValidator, registerNamedValidator } from '../internal/form-control.js';

export interface SchemaValidatorOptions {
  /** The field in the question's words, for data-model's messages: `{ en: "the patient's NHS number", cy: 'rhif GIG y claf' }`. */
  field?: Text;
  /** data-model message overrides by code (`nhsNumberChecksum`…). The element's `messages` attribute works too. */
  messages?: MessageOverrides;
}

/** A blank optional answer is not checked: `required` decides whether blank is allowed. */
export function isBlankAndOptional(value: string, element: FormControl): boolean {
  return value.trim() === '' && !(element as FormControl & { required?: boolean }).required;
}

/**
 * A form-control validator from a zod-free @cydran/data-model check: the
 * same rules the schema applies on the server, with data-model's messages in
 * the element's language at the moment they are shown (so a language switch
 * changes them live), and no zod on the page.
 *
 *   input.validators = [checkValidator(checkNhsNumber, { field: { en: 'your NHS number', cy: 'eich rhif GIG' } })];
 */
export function checkValidator(check: (input: unknown) => CheckResult<unknown>, options: SchemaValidatorOptions = {}): Validator {
  return (value: string, element: FormControl) => {
    if (isBlankAndOptional(value, element)) return null;
    const result = check(value);
    if (result.ok) return null;
    return { reason: result.reason, message: (locale: Locale) => messageFor(result.reason, result.params, locale, options) };
  };
}

/**
 * The schemas plain HTML can name with `data-schema="…"`, by their
 * data-model names, as the zod-free checks the schemas are built on.
 * `ukPhoneNumber` is not here: its number-plan data is larger than the
 * rest of Cydran, so it is registered by `@cydran/components/schema-phone`.
 */
export const namedChecks = {
  nhsNumber: checkNhsNumber,
  nationalInsuranceNumber: checkNationalInsuranceNumber,
  postcode: checkPostcode,
  emailAddress: checkEmailAddress,
  securityCode: checkSecurityCode,
} as const;

export type SchemaName = keyof typeof namedChecks | 'ukPhoneNumber';

/** Registers the named checks with every form control (the `@cydran/components/schema` entry does this). */
export function registerNamedChecks(): void {
  for (const [name, check] of Object.entries(namedChecks)) registerNamedValidator(name, checkValidator(check));
  registerDeferredValidator('ukPhoneNumber', '@cydran/components/schema-phone', checkValidator(roughUkPhoneNumber));
}

/**
 * Until `@cydran/components/schema-phone` loads the number plan, a UK phone
 * number is checked for its shape only: 10 or 11 digits starting 0 (or +44,
 * 0044), with the spaces, brackets, dots and hyphens people type. "12" is
 * refused; a number the plan would refuse may pass, and the developer is
 * told so once. The server's schema always checks in full.
 */
export function roughUkPhoneNumber(input: unknown): CheckResult<string> {
  const typed = typeof input === 'string' ? input.replace(/[\s().-]/g, '') : '';
  const national = typed.replace(/^(\+44|0044)/, '0');
  return /^0\d{9,10}$/.test(national) ? accept(national) : reject('phoneNumberFormat');
}
