export { nhsNumber, hasValidNhsCheckDigit, type NhsNumber } from './schemas/nhs-number.js';
export { nationalInsuranceNumber, isIssuablePrefix, type NationalInsuranceNumber } from './schemas/national-insurance-number.js';
export { postcode, type Postcode } from './schemas/postcode.js';
export { ukPhoneNumber, type UkPhoneNumber } from './schemas/phone-number.js';
export { emailAddress, type EmailAddress } from './schemas/email-address.js';
export { securityCode, type SecurityCode } from './schemas/security-code.js';
export {
  password,
  passwordWithConfirmation,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
  type Password,
  type PasswordWithConfirmation,
} from './schemas/password.js';
export { personName, givenName, familyName, NAME_MAX_LENGTH, type PersonName, type GivenName, type FamilyName } from './schemas/person-name.js';
export { dateOfBirth, ageOn, type DateOfBirth, type DateOfBirthOptions } from './schemas/date-of-birth.js';
export { address, ADDRESS_LINE_MAX_LENGTH, type Address } from './schemas/address.js';
export { languagePreference, type LanguagePreference } from './schemas/language-preference.js';
export { consent, type Consent } from './schemas/consent.js';

export { formatNhsNumber, formatNationalInsuranceNumber, formatPostcode } from './format.js';
export { validate, type ValidateOptions, type ValidationError, type ValidationResult } from './validate.js';
export {
  createErrorMap,
  describeIssue,
  messageFor,
  catalogues,
  type DescribedIssue,
  type FieldOptions,
  type MessageOptions,
  type LocaleTag,
  type MessageOverride,
  type MessageOverrides,
} from './error-map.js';
export { toJSONSchema, type JsonSchemaOptions } from './json-schema.js';

// The rules without zod: each schema above is a thin zod wrapper over one of these.
export { type CheckResult, type CheckParams, type Accepted, type Rejected } from './checks/result.js';
export { checkNhsNumber } from './checks/nhs-number.js';
export { checkNationalInsuranceNumber } from './checks/national-insurance-number.js';
export { checkPostcode } from './checks/postcode.js';
export { checkEmailAddress } from './checks/email-address.js';
export { checkSecurityCode } from './checks/security-code.js';
export { checkUkPhoneNumber, fictionalNumberType } from './checks/phone-number.js';
export {
  checkDateParts,
  parseIsoDate,
  DATE_OF_BIRTH_MAX_AGE,
  type DatePartsInput,
  type DatePartsOptions,
  type DatePartsResult,
  type DatePartsRejected,
  type DateReason,
  type DateOfBirthReason,
} from './checks/date-parts.js';
export { tidy } from './checks/text.js';
export { en as messagesEn, type MessageKey } from './messages/en.js';
export { cy as messagesCy } from './messages/cy.js';
export type { MessageParams, DatePart } from './messages/params.js';

// Welsh principal councils and NHS Wales health boards, with both official names and GSS codes.
export * from './organisations/index.js';
