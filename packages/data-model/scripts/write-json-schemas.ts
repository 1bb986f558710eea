// Writes the JSON Schema of every exported schema to dist/json-schema/<name>.json,
// for back ends written in other languages. Run from the repository root:
//   node --conditions=source --import tsx packages/data-model/scripts/write-json-schemas.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';
import {
  address,
  consent,
  dateOfBirth,
  emailAddress,
  familyName,
  givenName,
  languagePreference,
  nationalInsuranceNumber,
  nhsNumber,
  password,
  passwordWithConfirmation,
  personName,
  postcode,
  securityCode,
  toJSONSchema,
  ukPhoneNumber,
} from '../src/index.js';

const SCHEMAS: Record<string, z.ZodType> = {
  'nhs-number': nhsNumber,
  'national-insurance-number': nationalInsuranceNumber,
  postcode,
  'uk-phone-number': ukPhoneNumber,
  'email-address': emailAddress,
  'security-code': securityCode,
  password,
  'password-with-confirmation': passwordWithConfirmation,
  'given-name': givenName,
  'family-name': familyName,
  'person-name': personName,
  // Age limits are per question; this is the default (0 to 130 years).
  'date-of-birth': dateOfBirth(),
  address,
  'language-preference': languagePreference,
  consent,
};

const outDir = fileURLToPath(new URL('../dist/json-schema/', import.meta.url));
await mkdir(outDir, { recursive: true });
for (const [name, schema] of Object.entries(SCHEMAS)) {
  const json = { $id: `urn:cydran:data-model:${name}`, ...toJSONSchema(schema) };
  await writeFile(new URL(`${name}.json`, `file://${outDir}`), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`Wrote ${Object.keys(SCHEMAS).length} JSON Schemas to ${outDir}`);
