// Entry point `@cydran/components/schema`: lets any form control name a
// @cydran/data-model schema in HTML, `<cyd-text-input data-schema="nhsNumber">`.
// Separate so pages that do not validate with schemas do not load zod.
import { registerNamedSchemas } from './schema/schema-validator.js';

registerNamedSchemas();
export { namedSchemas, schemaValidator, type SchemaName, type SchemaValidatorOptions } from './schema/schema-validator.js';
