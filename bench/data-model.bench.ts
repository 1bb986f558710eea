// How many realistic form submissions (name, date of birth, address, UK
// phone number, email, NHS number) @cydran/data-model validates per second,
// in English and in Welsh. Run:
//   node --conditions=source --import tsx bench/data-model.bench.ts
// Writes bench/results/validation.json.
import * as z from 'zod';
import { address, dateOfBirth, emailAddress, nhsNumber, personName, ukPhoneNumber, validate } from '@cydran/data-model';
import { writeResult } from './lib/results.js';

const ITERATIONS = 20_000;
const WARM_UP = 2_000;

const registration = z.object({
  name: personName,
  dateOfBirth: dateOfBirth({ minAge: 16 }),
  address,
  phone: ukPhoneNumber,
  email: emailAddress,
  nhsNumber,
});

// As a browser would send it: untidy, but acceptable.
const valid = {
  name: { givenName: ' Siân ', familyName: 'ap Rhys' },
  dateOfBirth: { day: '7', month: '3', year: '1984' },
  address: { line1: '1 Stryd y Castell', line2: '', town: 'Caerdydd', county: '', postcode: 'cf10 1aa' },
  phone: '(029) 2087 2087',
  email: 'sian@example.cymru',
  nhsNumber: '943 476 5919',
};

// Every field wrong, so every message is built.
const invalid = {
  name: { givenName: '', familyName: 'R2' },
  dateOfBirth: { day: '31', month: '2', year: '1984' },
  address: { line1: '', town: '', postcode: 'CF10' },
  phone: '0123',
  email: 'sian@',
  nhsNumber: '943 476 5918',
};

/**
 * Validations per second of elapsed time and per second of this process's
 * CPU time; on a machine shared with other work the second is the steadier.
 */
function measure(locale: 'en' | 'cy', input: unknown): { perSecond: number; perCpuSecond: number } {
  for (let i = 0; i < WARM_UP; i++) validate(registration, input, { locale });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) validate(registration, input, { locale });
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: Math.round(ITERATIONS / seconds), perCpuSecond: Math.round(ITERATIONS / ((cpu.user + cpu.system) / 1e6)) };
}

const results = [];
for (const [label, input] of [
  ['valid', valid],
  ['invalid', invalid],
] as const) {
  for (const locale of ['en', 'cy'] as const) {
    const result = validate(registration, input, { locale });
    if (result.success !== (label === 'valid')) throw new Error(`The ${label} submission did not validate as ${label}.`);
    const { perSecond, perCpuSecond } = measure(locale, input);
    results.push({ submission: label, locale, validationsPerSecond: perSecond, validationsPerCpuSecond: perCpuSecond });
    console.log(
      `data-model ${label} submission, ${locale}: ${perSecond.toLocaleString('en-GB')} validations/s (${perCpuSecond.toLocaleString('en-GB')} per CPU second)`,
    );
  }
}

await writeResult('validation', { fields: Object.keys(registration.shape), iterations: ITERATIONS, warmUp: WARM_UP, results });
