import { LOCALES } from '@cydran/i18n';
import { expect } from 'chai';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type * as z from 'zod';
import {
  checkDateParts,
  checkEmailAddress,
  checkNationalInsuranceNumber,
  checkNhsNumber,
  checkPostcode,
  checkSecurityCode,
  checkUkPhoneNumber,
  dateOfBirth,
  emailAddress,
  messageFor,
  nationalInsuranceNumber,
  nhsNumber,
  postcode,
  securityCode,
  tidy,
  ukPhoneNumber,
  validate,
  type CheckResult,
} from './index.js';
import { PRODUCERS, today } from './producers.fixture.js';

const TODAY = today();

/** The clean value of an accepted answer, failing the test if the check rejects it. */
function accepted<T>(result: CheckResult<T>): T {
  if (!result.ok) return expect.fail(`rejected: ${result.reason}`);
  return result.value;
}

function reason(result: CheckResult<unknown>): string {
  if (result.ok) return expect.fail(`accepted as ${JSON.stringify(result.value)}`);
  return result.reason;
}

const CHECKS: [string, (input: unknown) => CheckResult<string>, z.ZodType][] = [
  ['nhsNumber', checkNhsNumber, nhsNumber],
  ['nationalInsuranceNumber', checkNationalInsuranceNumber, nationalInsuranceNumber],
  ['postcode', checkPostcode, postcode],
  ['emailAddress', checkEmailAddress, emailAddress],
  ['securityCode', checkSecurityCode, securityCode],
  ['ukPhoneNumber', checkUkPhoneNumber, ukPhoneNumber],
];

describe('checks without zod', () => {
  it('accept and tidy what people type', () => {
    expect(accepted(checkNhsNumber(' 943-476-5919 '))).to.equal('9434765919');
    expect(accepted(checkNationalInsuranceNumber('ab 12 34 56 c'))).to.equal('AB123456C');
    expect(accepted(checkPostcode('cf10.1aa'))).to.equal('CF10 1AA');
    expect(accepted(checkEmailAddress(' Dewi@EXAMPLE.com '))).to.equal('Dewi@example.com');
    expect(accepted(checkSecurityCode('123 456'))).to.equal('123456');
    expect(accepted(checkUkPhoneNumber('029 2087 2087'))).to.equal('+442920872087');
  });

  it('reject with the reason the messages are keyed by', () => {
    expect(reason(checkNhsNumber('943 476 5918'))).to.equal('nhsNumberChecksum');
    expect(reason(checkNhsNumber('943 476 591A'))).to.equal('nhsNumberCharacters');
    expect(reason(checkNationalInsuranceNumber('QQ 12 34 56 C'))).to.equal('nationalInsuranceNumberNotIssued');
    expect(reason(checkPostcode('CF10'))).to.equal('postcodeFormat');
    expect(reason(checkEmailAddress('dewi@'))).to.equal('emailAddressFormat');
    expect(reason(checkSecurityCode('12345'))).to.equal('securityCodeLength');
    expect(reason(checkUkPhoneNumber('+33 1 42 68 53 00'))).to.equal('phoneNumberNotUk');
    expect(checkNhsNumber('9'.repeat(100))).to.deep.equal({ ok: false, reason: 'nhsNumberLength', params: { maximum: 32 } });
    for (const blank of ['', '   ', null, undefined, 9434765919]) expect(reason(checkNhsNumber(blank))).to.equal('nhsNumberRequired');
  });

  it('agree with their schemas on every input the message tests use', () => {
    for (const [name, check, schema] of CHECKS) {
      const producers = PRODUCERS.find(([producer]) => producer === name)![2];
      for (const input of [...Object.values(producers), 'CF10 1AA', '943 476 5919', 'AB123456C', 'name@example.com', '123456', '01632 960 001']) {
        const result = check(input);
        const parsed = validate(schema, input, { locale: 'en' });
        const label = `${name} ${JSON.stringify(input)}`;
        if (result.ok) expect(parsed, label).to.deep.equal({ success: true, data: result.value });
        else expect(parsed.success ? [] : parsed.errors.map((e) => e.code), label).to.deep.equal([result.reason]);
      }
    }
  });
});

describe('checkDateParts', () => {
  it('accepts a real date as ISO, with month names in either language', () => {
    expect(accepted(checkDateParts({ day: '1', month: '3', year: '1990' }))).to.equal('1990-03-01');
    expect(accepted(checkDateParts({ day: ' 07 ', month: 'Mawrth', year: '1990' }))).to.equal('1990-03-07');
    expect(accepted(checkDateParts({ day: 29, month: 2, year: 2000 }))).to.equal('2000-02-29');
  });

  it('names the missing or wrong parts, and the box to go to', () => {
    expect(checkDateParts({ day: '', month: '', year: '' })).to.deep.include({ reason: 'dateRequired', parts: ['day', 'month', 'year'] });
    expect(checkDateParts({ day: '', month: '3', year: '' })).to.deep.include({ reason: 'dateIncomplete', parts: ['day', 'year'], part: 'day' });
    expect(checkDateParts({ day: '31', month: '4', year: '2020' })).to.deep.equal({
      ok: false,
      reason: 'dateNotReal',
      parts: ['day'],
      part: 'day',
      params: { parts: ['day'] },
    });
    expect(checkDateParts({ day: 'x', month: '13', year: '2020' })).to.deep.include({ reason: 'dateNotReal', parts: ['day', 'month'] });
    expect(checkDateParts({ day: '1', month: '1', year: '90' })).to.deep.include({ reason: 'dateYearDigits', parts: ['year'], part: 'year' });
  });

  it('applies past, future, min and max with today and the limits inclusive', () => {
    const on = (day: number, options: Parameters<typeof checkDateParts>[1]) =>
      checkDateParts({ day, month: TODAY.month, year: TODAY.year }, { today: TODAY, ...options });
    expect(reason(on(TODAY.day, { past: true }))).to.equal('dateNotPast');
    expect(accepted(checkDateParts({ day: 28, month: 2, year: 2025 }, { today: TODAY, past: true }))).to.equal('2025-02-28');
    expect(reason(on(TODAY.day, { future: true }))).to.equal('dateNotFuture');
    expect(accepted(on(2, { future: true }))).to.equal('2025-03-02');
    const early = on(1, { min: '2025-03-02' });
    expect(early).to.deep.include({ reason: 'dateTooEarly', params: { parts: ['day', 'month', 'year'], limit: { year: 2025, month: 3, day: 2 } } });
    expect(reason(on(2, { max: '2025-03-01' }))).to.equal('dateTooLate');
    expect(accepted(on(2, { min: '2025-03-02', max: '2025-03-02' }))).to.equal('2025-03-02');
  });

  it('treats a date with an age limit as a date of birth, with its reasons', () => {
    expect(reason(checkDateParts({}, { maxAge: 130 }))).to.equal('dateOfBirthRequired');
    expect(reason(checkDateParts({ day: '2', month: '3', year: '2025' }, { maxAge: 130, today: TODAY }))).to.equal('dateOfBirthInFuture');
    expect(accepted(checkDateParts({ day: '1', month: '3', year: '2025' }, { maxAge: 130, today: TODAY }))).to.equal('2025-03-01');
    expect(checkDateParts({ day: 2, month: 3, year: 2009 }, { minAge: 16, today: TODAY })).to.deep.include({
      reason: 'dateOfBirthTooRecent',
      params: { parts: ['day', 'month', 'year'], limit: { year: 2009, month: 3, day: 1 } },
    });
  });

  it('gives the dateOfBirth schema its rules: the same answer for every producer input', () => {
    const options = { minAge: 16, maxAge: 100, today };
    const schema = dateOfBirth(options);
    const producers = PRODUCERS.find(([name]) => name === 'dateOfBirth')![2];
    for (const input of [...Object.values(producers), { day: '1', month: 'Ebrill', year: '1990' }]) {
      const result = checkDateParts(input, { minAge: 16, maxAge: 100, today: TODAY });
      const parsed = validate(schema, input, { locale: 'en' });
      if (result.ok) expect(parsed).to.deep.equal({ success: true, data: result.value });
      else
        expect(parsed.success ? [] : parsed.errors.map((e) => [e.code, e.parts, e.path])).to.deep.equal([
          [result.reason, result.parts, result.part ? [result.part] : []],
        ]);
    }
  });
});

describe('messageFor a reason', () => {
  it('explains every date reason in both languages, naming the parts and the limit', () => {
    const missingMonth = checkDateParts({ day: '1', month: '', year: '2020' });
    if (missingMonth.ok) return expect.fail('accepted');
    expect(messageFor(missingMonth.reason, missingMonth.params, 'en')).to.equal('Date must include a month');
    expect(messageFor(missingMonth.reason, missingMonth.params, 'cy')).to.equal("Rhaid i'r dyddiad gynnwys mis");
    const late = checkDateParts({ day: '2', month: '3', year: '2025' }, { max: '2025-03-01' });
    if (late.ok) return expect.fail('accepted');
    expect(messageFor(late.reason, late.params, 'cy')).to.equal("Rhaid i'r dyddiad fod ar 1 Mawrth 2025 neu cyn hynny");
    for (const locale of LOCALES) {
      for (const reasonKey of ['dateRequired', 'dateNotReal', 'dateYearDigits', 'dateNotPast', 'dateNotFuture'] as const) {
        expect(messageFor(reasonKey, {}, locale).trim(), `${locale} ${reasonKey}`).to.not.equal('');
      }
    }
  });

  it('names the field and applies the author’s overrides, as validate does', () => {
    const field = { en: "the patient's NHS number", cy: 'rhif GIG y claf' };
    const wrong = checkNhsNumber('12');
    if (wrong.ok) return expect.fail('accepted');
    for (const locale of LOCALES) {
      const viaSchema = validate(nhsNumber, '12', { locale, field });
      expect(messageFor(wrong.reason, wrong.params, locale, { field })).to.equal(viaSchema.success ? '' : viaSchema.errors[0]!.message);
    }
    const messages = { nhsNumberLength: { en: 'Check the number on your letter', cy: 'Gwiriwch y rhif ar eich llythyr' } };
    expect(messageFor(wrong.reason, wrong.params, 'cy', { messages })).to.equal('Gwiriwch y rhif ar eich llythyr');
  });
});

describe('checkUkPhoneNumber', () => {
  // What the check did before its quick path, straight from libphonenumber:
  // the quick path must never change an answer.
  const PHONE_SHAPE = /^[0-9\s()+\-‐‑–.]+$/u;
  function fullParse(input: string): CheckResult<string> {
    const phone = parsePhoneNumberFromString(tidy(input), 'GB');
    // Ofcom's numbers for drama, 01632 960 xxx and 07700 900 xxx, which libphonenumber leaves out.
    if (phone !== undefined && /^\+44(1632960|7700900)\d{3}$/.test(phone.number)) return { ok: true, value: phone.number };
    if (phone === undefined || !phone.isValid()) return { ok: false, reason: 'phoneNumberFormat', params: {} };
    if (phone.countryCallingCode !== '44') return { ok: false, reason: 'phoneNumberNotUk', params: {} };
    return { ok: true, value: phone.number };
  }

  // A small seeded generator, so a failure names an input that fails again.
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }

  const PREFIXES = ['0', '+44', '+44 ', '0044 ', '+44 (0)', '44', '+', '00', '+33 ', '+353 ', '0 0', ''];
  // Starts of real ranges: geographic (Cardiff, Swansea, Guernsey, Jersey, the
  // Isle of Man), mobile, Ofcom's for drama, pager, freephone, shared cost, UK-wide, premium.
  const STARTS = [
    '29',
    '1792',
    '1481',
    '1534',
    '1624',
    '7624',
    '7700',
    '7700900',
    '1632960',
    '7',
    '76',
    '70',
    '800',
    '8001111',
    '845',
    '3',
    '9',
    '55',
    '56',
    '1',
    '2',
    '0',
  ];
  const SEPARATORS = ['', ' ', '-', '.', ' (', ') '];

  it('answers as a full libphonenumber parse does, for thousands of numbers in every shape', () => {
    const next = random(20_260_302);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    let accepted = 0;
    for (let i = 0; i < 8_000; i++) {
      let digits = pick(STARTS);
      const length = pick([7, 9, 10, 10, 10, 10, 11]);
      while (digits.length < length) digits += String(Math.floor(next() * 10));
      const separator = pick(SEPARATORS);
      const cut = 1 + Math.floor(next() * (digits.length - 1));
      const input = `${pick(PREFIXES)}${digits.slice(0, cut)}${separator}${digits.slice(cut)}`;
      const expected = PHONE_SHAPE.test(tidy(input)) ? fullParse(input) : { ok: false, reason: 'phoneNumberFormat', params: {} };
      expect(checkUkPhoneNumber(input), JSON.stringify(input)).to.deep.equal(expected);
      if (expected.ok) accepted++;
    }
    // Enough of them are real numbers for the comparison to mean something.
    expect(accepted).to.be.greaterThan(1_000);
  });
});
