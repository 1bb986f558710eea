// Entry point `@cydran/components/schema`: lets any form control name a
// @cydran/data-model schema in HTML, `<cyd-text-input data-schema="nhsNumber">`.
// The names map to data-model's zod-free checks, so this entry is small and
// dist/cydran.js includes it (docs/adr/0006-bundle-and-schemas.md);
// `ukPhoneNumber` needs `@cydran/components/schema-phone` as well.
// `schemaValidator` takes any zod schema from JavaScript and loads zod only
// where it is used.
import { registerNamedChecks } from './check-validator.js';

registerNamedChecks();
export { checkValidator, namedChecks, type SchemaName, type SchemaValidatorOptions } from './check-validator.js';
export { schemaValidator } from './schema-validator.js';
