import { LOCALES } from '@cydran/i18n';
import { expect } from 'chai';
import fc from 'fast-check';
import type * as z from 'zod';
import {
  formatNationalInsuranceNumber,
  formatNhsNumber,
  formatPostcode,
  nationalInsuranceNumber,
  nhsNumber,
  postcode,
  validate,
  type MessageKey,
} from './index.js';
import { PRODUCERS } from './producers.fixture.js';

const NUM_RUNS = 300;

/** Validates, failing the test if it throws or breaks its promise of a typed result. */
function checkedValidate(schema: z.ZodType, input: unknown, allowed: ReadonlySet<MessageKey>) {
  for (const locale of LOCALES) {
    const result = validate(schema, input, { locale });
    if (result.success) continue;
    expect(result.errors.length).to.be.greaterThan(0);
    for (const error of result.errors) {
      expect(error.message).to.be.a('string');
      expect(error.message.trim()).to.not.equal('');
      // Anything a schema raises for any input is one of the reasons the message tests cover.
      expect(allowed.has(error.code), `${error.code} for ${typeof input === 'string' ? input.slice(0, 40) : typeof input}`).to.equal(true);
    }
  }
}

const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.string({ unit: fc.constantFrom('\u200f', '\u202e', '\u0000', '\ud800', '\udc00', '😀', ' ', '-', '9', 'a'), maxLength: 40 }),
  fc.dictionary(fc.constantFrom('day', 'month', 'year', 'line1', 'town', 'postcode', 'givenName', 'familyName', 'password', 'confirmation'), fc.anything()),
);

describe('validate never throws', () => {
  for (const [name, schema, producers] of PRODUCERS) {
    const allowed = new Set(Object.keys(producers) as MessageKey[]);
    it(`${name}: any input gives a typed result with a message when invalid`, () => {
      fc.assert(
        fc.property(hostile, (input) => checkedValidate(schema, input, allowed)),
        { numRuns: NUM_RUNS },
      );
    });

    it(`${name}: a million characters is rejected quickly, not parsed`, () => {
      const huge = '9'.repeat(1_000_000);
      checkedValidate(schema, huge, allowed);
      checkedValidate(
        schema,
        { day: huge, month: huge, year: huge, line1: huge, town: huge, postcode: huge, givenName: huge, familyName: huge, password: huge, confirmation: huge },
        allowed,
      );
    });
  }
});

/** Digits 1–9 and the check digit they need, or null when none exists (check value 10). */
function withCheckDigit(nine: number[]): string | null {
  const sum = nine.reduce((total, digit, i) => total + digit * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return nine.join('') + String(check === 11 ? 0 : check);
}

const validNhsNumber = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map(withCheckDigit)
  .filter((n): n is string => n !== null);

const FIRST = [...'ABCEGHJKLMNOPRSTWXYZ'];
const SECOND = [...'ABCEGHJKLMNPRSTWXYZ'];
const NEVER = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
const validNino = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...SECOND), fc.stringMatching(/^[0-9]{6}$/), fc.constantFrom('A', 'B', 'C', 'D'))
  .filter(([a, b]) => !NEVER.has(a + b))
  .map(([a, b, digits, suffix]) => `${a}${b}${digits}${suffix}`);

const area1 = fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTUWYZ');
const area2 = fc.constantFrom(...'ABCDEFGHKLMNOPQRSTUVWXY');
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const unit = fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ');
const outward = fc.oneof(
  fc.tuple(area1, digit).map((p) => p.join('')),
  fc.tuple(area1, digit, digit).map((p) => p.join('')),
  fc.tuple(area1, area2, digit).map((p) => p.join('')),
  fc.tuple(area1, area2, digit, digit).map((p) => p.join('')),
  fc.tuple(area1, digit, fc.constantFrom(...'ABCDEFGHJKPSTUW')).map((p) => p.join('')),
  fc.tuple(area1, area2, digit, fc.constantFrom(...'ABEHMNPRVWXY')).map((p) => p.join('')),
);
const validPostcode = fc.tuple(outward, digit, unit, unit).map(([out, d, u1, u2]) => `${out} ${d}${u1}${u2}`);

/** Re-spells a value the way people type it: random case, spaces and hyphens between characters. */
const messyCopy = (value: string) =>
  fc.array(fc.constantFrom('', '', '', ' ', '-'), { minLength: value.length, maxLength: value.length }).chain((gaps) =>
    fc.boolean().map((lower) => {
      const spaced = [...value]
        .map((ch, i) => ch + gaps[i])
        .join('')
        .replace(/[\s-]+$/, '');
      return lower ? spaced.toLowerCase() : spaced;
    }),
  );

function parsed(schema: z.ZodType, input: unknown): unknown {
  const result = validate(schema, input, { locale: 'en' });
  if (!result.success) expect.fail(`${JSON.stringify(input)} rejected: ${result.errors[0]!.code}`);
  return result.data;
}

describe('normalise → format → parse is stable', () => {
  it('NHS numbers', () => {
    fc.assert(
      fc.property(
        validNhsNumber.chain((n) => messyCopy(n).map((messy) => [n, messy] as const)),
        ([clean, messy]) => {
          expect(parsed(nhsNumber, messy)).to.equal(clean);
          expect(parsed(nhsNumber, formatNhsNumber(clean))).to.equal(clean);
          expect(formatNhsNumber(formatNhsNumber(clean))).to.equal(formatNhsNumber(clean));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('an NHS number with any one digit changed is rejected', () => {
    fc.assert(
      fc.property(validNhsNumber, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (n, position, shift) => {
        const changed = n.slice(0, position) + String((Number(n[position]) + shift) % 10) + n.slice(position + 1);
        expect(validate(nhsNumber, changed, { locale: 'en' }).success).to.equal(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('National Insurance numbers', () => {
    fc.assert(
      fc.property(
        validNino.chain((n) => messyCopy(n).map((messy) => [n, messy] as const)),
        ([clean, messy]) => {
          expect(parsed(nationalInsuranceNumber, messy)).to.equal(clean);
          expect(parsed(nationalInsuranceNumber, formatNationalInsuranceNumber(clean))).to.equal(clean);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('postcodes', () => {
    fc.assert(
      fc.property(validPostcode, fc.boolean(), (clean, lower) => {
        const compact = clean.replace(' ', '');
        const typed = lower ? compact.toLowerCase() : compact;
        expect(parsed(postcode, typed)).to.equal(clean);
        expect(formatPostcode(typed)).to.equal(clean);
        expect(parsed(postcode, formatPostcode(clean))).to.equal(clean);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
