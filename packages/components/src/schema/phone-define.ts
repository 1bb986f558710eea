// Entry point `@cydran/components/schema-phone`: adds `data-schema="ukPhoneNumber"`.
// Kept out of `@cydran/components/schema` and dist/cydran.js because
// libphonenumber's number-plan data outweighs every element together
// (docs/adr/0006-bundle-and-schemas.md). dist/cydran-schemas.js includes it.
import { checkUkPhoneNumber } from '@cydran/data-model/checks/phone-number';
import { registerNamedValidator } from '../internal/form-control.js';
import { checkValidator } from './check-validator.js';

registerNamedValidator('ukPhoneNumber', checkValidator(checkUkPhoneNumber));
