export { nhsNumber, hasValidNhsCheckDigit, type NhsNumber } from './schemas/nhs-number.js';
export {
  nationalInsuranceNumber,
  isIssuablePrefix,
  type NationalInsuranceNumber,
} from './schemas/national-insurance-number.js';
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
export {
  personName,
  givenName,
  familyName,
  NAME_MAX_LENGTH,
  type PersonName,
  type GivenName,
  type FamilyName,
} from './schemas/person-name.js';
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
  type MessageOverride,
  type MessageOverrides,
} from './error-map.js';
export { toJSONSchema, type JsonSchemaOptions } from './json-schema.js';
export { en as messagesEn, type MessageKey } from './messages/en.js';
export { cy as messagesCy } from './messages/cy.js';
export type { MessageParams, DatePart } from './messages/params.js';
