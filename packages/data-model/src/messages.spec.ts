import { LOCALES, catalogueProblems } from '@cydran/i18n';
import { expect } from 'chai';
import * as z from 'zod';
import { address, createErrorMap, dateOfBirth, messageFor, messagesCy, messagesEn, nhsNumber, validate, type MessageKey, type MessageParams } from './index.js';
import { PRODUCERS, today } from './producers.fixture.js';

/** Parameters that exercise every branch of every message. */
const SAMPLES: MessageParams[] = [
  {},
  { minimum: 8, maximum: 256, divisor: 5, keys: ['extra'], parts: ['day'], limit: { year: 2009, month: 3, day: 1 } },
  { parts: ['day', 'month'], minimum: 1, maximum: 1 },
  { parts: ['day', 'month', 'year'] },
];
const FIELDS = { en: "the patient's NHS number", cy: 'rhif GIG y claf' };
const KEYS = Object.keys(messagesEn) as MessageKey[];

function render(locale: 'en' | 'cy', key: MessageKey): string[] {
  const catalogue = (locale === 'en' ? messagesEn : messagesCy) as Record<MessageKey, (p: MessageParams) => string>;
  return SAMPLES.flatMap((params) => [catalogue[key](params), catalogue[key]({ ...params, field: FIELDS[locale] })]);
}

/**
 * Schemas built from zod's own parts, raising each of zod's issue codes, and
 * the reason each should map to.
 */
const ZOD_CODES: [string, z.ZodType, unknown, MessageKey][] = [
  ['invalid_type (missing)', z.object({ a: z.string() }), {}, 'required'],
  ['invalid_type (wrong type)', z.string(), 5, 'invalidFormat'],
  ['too_small (string, 1)', z.string().min(1), '', 'required'],
  ['too_small (string)', z.string().min(3), 'ab', 'tooShort'],
  ['too_big (string)', z.string().max(3), 'abcd', 'tooLong'],
  ['too_small (number)', z.number().min(3), 2, 'numberTooSmall'],
  ['too_big (number)', z.number().max(3), 4, 'numberTooBig'],
  ['too_small (array)', z.array(z.string()).min(2), ['a'], 'tooFewItems'],
  ['too_big (array)', z.array(z.string()).max(1), ['a', 'b'], 'tooManyItems'],
  ['too_small (date)', z.date().min(new Date(Date.UTC(2020, 0, 1))), new Date(Date.UTC(2019, 0, 1)), 'dateTooEarly'],
  ['too_big (date)', z.date().max(new Date(Date.UTC(2020, 0, 1))), new Date(Date.UTC(2021, 0, 1)), 'dateTooLate'],
  ['invalid_format', z.email(), 'nope', 'invalidFormat'],
  ['not_multiple_of', z.number().multipleOf(5), 7, 'notMultipleOf'],
  ['invalid_value', z.enum(['a', 'b']), 'c', 'invalidOption'],
  ['unrecognized_keys', z.strictObject({ a: z.string() }), { a: 'x', b: 'y' }, 'unrecognizedKeys'],
  ['invalid_union', z.union([z.string(), z.number()]), true, 'invalidAnswer'],
  ['invalid_key', z.record(z.string().min(2), z.string()), { b: 'x' }, 'invalidAnswer'],
  ['invalid_element', z.map(z.object({}), z.number()), new Map([[{}, 'x']]), 'invalidAnswer'],
  ['custom', z.string().refine(() => false), 'x', 'invalidAnswer'],
];

// Common English words that must never appear in a Welsh message.
const ENGLISH_WORDS = new Set([
  'enter',
  'must',
  'number',
  'the',
  'your',
  'valid',
  'select',
  'confirm',
  'and',
  'or',
  'only',
  'include',
  'real',
  'date',
  'characters',
  'phone',
  'email',
  'address',
  'password',
  'code',
  'name',
  'first',
  'last',
  'day',
  'month',
  'year',
  'before',
  'after',
  'check',
  'try',
  'again',
  'format',
  'correct',
  'like',
  'letters',
  'digits',
  'same',
  'both',
  'fields',
  'town',
  'city',
  'line',
  'county',
  'language',
  'agree',
  'security',
]);

describe('message catalogues', () => {
  it('have every key in both languages, none empty', () => {
    const sampleArgs = Object.fromEntries(KEYS.map((key) => [key, SAMPLES.map((params) => [params])]));
    expect(catalogueProblems({ en: messagesEn, cy: messagesCy }, sampleArgs)).to.deep.equal([]);
  });

  it('give a different message in Welsh from English for every key', () => {
    for (const key of KEYS) {
      const english = render('en', key);
      const welsh = render('cy', key);
      welsh.forEach((message, i) => expect(message, key).to.not.equal(english[i]));
    }
  });

  it('have no English words in the Welsh messages', () => {
    for (const key of KEYS) {
      for (const message of render('cy', key)) {
        const words = message.toLowerCase().match(/\p{L}+/gu) ?? [];
        const english = words.filter((word) => ENGLISH_WORDS.has(word));
        expect(english, `${key}: ${message}`).to.deep.equal([]);
      }
    }
  });

  it('read as the GOV.UK patterns in both languages', () => {
    const en = (input: unknown) => validate(nhsNumber, input, { locale: 'en' });
    const cy = (input: unknown) => validate(nhsNumber, input, { locale: 'cy' });
    const first = (result: ReturnType<typeof en>) => (result.success ? '' : result.errors[0]!.message);
    expect(first(en(''))).to.equal('Enter your NHS number');
    expect(first(en('123'))).to.equal('NHS number must be 10 digits');
    expect(first(en('9434765918'))).to.equal('Enter a real NHS number');
    expect(first(cy(''))).to.equal('Rhowch eich rhif GIG');
    expect(first(cy('123'))).to.equal('Rhaid i rif GIG fod yn 10 digid');
    expect(first(cy('9434765918'))).to.equal('Rhowch rif GIG go iawn');
  });
});

describe('every problem has a message', () => {
  for (const [name, schema, producers] of PRODUCERS) {
    it(`${name}: each reason it can raise is raised and explained in both languages`, () => {
      for (const [reason, input] of Object.entries(producers)) {
        for (const locale of LOCALES) {
          const result = validate(schema, input, { locale });
          expect(result.success, `${reason} from ${JSON.stringify(input)}`).to.equal(false);
          if (result.success) continue;
          expect(
            result.errors.map((e) => e.code),
            `${reason} from ${JSON.stringify(input)}`,
          ).to.include(reason);
          for (const error of result.errors) {
            expect(error.message.trim(), `${locale} ${error.code}`).to.not.equal('');
          }
        }
      }
    });
  }

  for (const [name, schema, input, reason] of ZOD_CODES) {
    it(`zod's ${name} maps to ${reason} in both languages`, () => {
      const messages = LOCALES.map((locale) => {
        const result = validate(schema, input, { locale });
        if (result.success) return expect.fail('accepted');
        expect(result.errors.map((e) => e.code)).to.deep.equal([reason]);
        return result.errors[0]!.message;
      });
      expect(messages[0]).to.not.equal(messages[1]);
      for (const message of messages) expect(message).to.not.match(/Invalid input|Too (big|small)|expected/i);
    });
  }
});

describe('error maps', () => {
  it('answer in the language of each parse, with no global setting', () => {
    const welsh = nhsNumber.safeParse('123', { error: createErrorMap({ locale: 'cy' }) });
    const english = nhsNumber.safeParse('123', { error: createErrorMap({ locale: 'en' }) });
    expect(welsh.error?.issues[0]?.message).to.equal('Rhaid i rif GIG fod yn 10 digid');
    expect(english.error?.issues[0]?.message).to.equal('NHS number must be 10 digits');
  });

  it('name the field in the question’s own words, with Welsh mutation and contraction', () => {
    const field = FIELDS;
    const message = (input: unknown, locale: 'en' | 'cy') => {
      const result = validate(nhsNumber, input, { locale, field });
      return result.success ? '' : result.errors[0]!.message;
    };
    expect(message('', 'en')).to.equal("Enter the patient's NHS number");
    expect(message('', 'cy')).to.equal('Rhowch rif GIG y claf');
    expect(message('12', 'en')).to.equal("The patient's NHS number must be 10 digits");
    expect(message('12', 'cy')).to.equal('Rhaid i rif GIG y claf fod yn 10 digid');
    const yours = validate(nhsNumber, '12', { locale: 'cy', field: { en: 'your NHS number', cy: 'eich rhif GIG' } });
    expect(yours.success ? '' : yours.errors[0]!.message).to.equal("Rhaid i'ch rhif GIG fod yn 10 digid");
  });

  it('let an author override a message by reason, for every field or for one path', () => {
    const form = z.object({ patient: nhsNumber, carer: nhsNumber });
    const result = validate(
      form,
      { patient: '9434765918', carer: '9434765918' },
      {
        locale: 'cy',
        messages: { nhsNumberChecksum: { en: 'Check the NHS number on the letter', cy: 'Gwiriwch y rhif GIG ar y llythyr' } },
        fields: {
          carer: {
            messages: { nhsNumberChecksum: (_params, locale) => (locale === 'cy' ? 'Gwiriwch rif GIG y gofalwr' : 'Check the carer’s NHS number') },
          },
        },
      },
    );
    expect(result.success ? [] : result.errors.map((e) => [e.path.join('.'), e.code, e.message])).to.deep.equal([
      ['patient', 'nhsNumberChecksum', 'Gwiriwch y rhif GIG ar y llythyr'],
      ['carer', 'nhsNumberChecksum', 'Gwiriwch rif GIG y gofalwr'],
    ]);
  });

  it('apply a date’s field options to its day, month and year', () => {
    const form = z.object({ childDateOfBirth: dateOfBirth({ today }) });
    const result = validate(
      form,
      { childDateOfBirth: { day: '31', month: '4', year: '2020' } },
      {
        locale: 'en',
        fields: { childDateOfBirth: { field: { en: "your child's date of birth", cy: 'dyddiad geni eich plentyn' } } },
      },
    );
    expect(result.success ? [] : result.errors.map((e) => [e.path.join('.'), e.message])).to.deep.equal([
      ['childDateOfBirth.day', "Your child's date of birth must be a real date"],
    ]);
  });

  it('do not give an object’s field name to its properties', () => {
    const result = validate(address, { line1: '1', town: 'Caerdydd' }, { locale: 'en', field: 'your home address' });
    expect(result.success ? [] : result.errors.map((e) => e.message)).to.deep.equal(['Enter your postcode']);
  });
});

describe('locales', () => {
  const firstMessage = (result: ReturnType<typeof validate>) => (result.success ? '' : result.errors[0]!.message);

  it('give English when validate is called with no options at all', () => {
    expect(firstMessage(validate(nhsNumber, ''))).to.equal('Enter your NHS number');
    expect(nhsNumber.safeParse('', { error: createErrorMap() }).error?.issues[0]?.message).to.equal('Enter your NHS number');
  });

  it('read any tag for Welsh as Welsh', () => {
    for (const locale of ['cy', 'cy-GB', 'CY', 'cy_GB', ' cy-gb ']) {
      expect(firstMessage(validate(nhsNumber, '', { locale })), locale).to.equal('Rhowch eich rhif GIG');
    }
  });

  it('give English for tags we have no catalogue for, including names of Object.prototype members', () => {
    for (const locale of ['fr', '', '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
      expect(firstMessage(validate(nhsNumber, '', { locale })), locale).to.equal('Enter your NHS number');
      expect(messageFor('nhsNumberRequired', {}, locale), locale).to.equal('Enter your NHS number');
    }
  });

  it('pass the normalised language to an author’s message function', () => {
    const seen: string[] = [];
    validate(nhsNumber, '', { locale: 'cy-GB', messages: { nhsNumberRequired: (_p, locale) => (seen.push(locale), 'x') } });
    expect(seen).to.deep.equal(['cy']);
  });

  it('never read a catalogue or an override through Object.prototype', () => {
    // As untyped JavaScript would call it.
    const reason = (name: string): unknown => Reflect.apply(messageFor, undefined, [name, {}, 'en']);
    expect(reason('constructor')).to.equal('Check your answer and try again');
    expect(reason('__proto__')).to.equal('Check your answer and try again');
    expect(messageFor('required', {}, 'cy', { messages: Object.create({ required: 'inherited' }) })).to.equal('Rhowch ateb');
  });

  it('read field options by own property only', () => {
    const form = z.object({ constructor: nhsNumber });
    const result = validate(form, { constructor: '' }, { locale: 'en', fields: {} });
    expect(firstMessage(result)).to.equal('Enter your NHS number');
  });
});

describe('Welsh field names in messages', () => {
  const cy = (reason: MessageKey, field: string, more: { mutate?: boolean; minimum?: number } = {}) =>
    messageFor(reason, { minimum: more.minimum ?? 5 }, 'cy', { field, mutate: more.mutate });

  it('soft-mutate a lower-case name after a verb and after "i"', () => {
    expect(cy('required', 'cyfeiriad e-bost')).to.equal('Rhowch gyfeiriad e-bost');
    expect(cy('tooShort', 'llinell gyntaf')).to.equal('Rhaid i linell gyntaf fod yn 5 nod neu fwy');
    expect(cy('invalidOption', 'gwlad')).to.equal('Dewiswch wlad');
  });

  it('never mutate an acronym or code', () => {
    expect(cy('required', 'PIN')).to.equal('Rhowch PIN');
    expect(cy('required', 'GIG')).to.equal('Rhowch GIG');
    expect(cy('tooShort', 'PIN')).to.equal('Rhaid i PIN fod yn 5 nod neu fwy');
    expect(cy('invalidAnswer', 'CF10')).to.equal('Gwiriwch CF10 a rhowch gynnig arall arni');
  });

  it('keep a capitalised name as a proper noun, in wording that needs no mutation', () => {
    expect(cy('required', 'Cyngor Caerdydd')).to.equal('Rhowch ateb ar gyfer Cyngor Caerdydd');
    expect(cy('tooShort', 'Cod Post')).to.equal("Rhaid i'r ateb ar gyfer Cod Post fod yn 5 nod neu fwy");
    expect(cy('invalidAnswer', 'Pasbort')).to.equal('Gwiriwch yr ateb ar gyfer Pasbort a rhowch gynnig arall arni');
    // A capital that mutation would not change is no problem.
    expect(cy('required', 'Abertawe')).to.equal('Rhowch Abertawe');
  });

  it('follow the author where they say whether the name mutates', () => {
    expect(cy('required', 'Cod post', { mutate: true })).to.equal('Rhowch God post');
    expect(cy('required', 'cod post', { mutate: false })).to.equal('Rhowch ateb ar gyfer cod post');
    expect(cy('required', 'PIN', { mutate: true })).to.equal('Rhowch PIN');
  });

  it('leave "fy" and the nasal mutation after it alone', () => {
    expect(cy('required', 'fy nghyfeiriad')).to.equal('Rhowch fy nghyfeiriad');
    expect(cy('tooShort', 'fy nghyfeiriad')).to.equal("Rhaid i'r ateb ar gyfer fy nghyfeiriad fod yn 5 nod neu fwy");
  });

  it('take the author’s choice through validate and per-path field options', () => {
    const result = validate(
      z.object({ council: z.string().min(3) }),
      { council: 'ab' },
      {
        locale: 'cy',
        fields: { council: { field: 'Cod Cyngor', mutate: true } },
      },
    );
    expect(result.success ? '' : result.errors[0]!.message).to.equal('Rhaid i God Cyngor fod yn 3 nod neu fwy');
  });

  it('say "1 character" and "2 characters" in English', () => {
    expect(messageFor('tooShort', { minimum: 1 }, 'en')).to.equal('Your answer must be 1 character or more');
    expect(messageFor('tooLong', { maximum: 1 }, 'en')).to.equal('Your answer must be 1 character or fewer');
    expect(messageFor('passwordTooShort', { minimum: 2 }, 'en')).to.equal('Password must be 2 characters or more');
    expect(messageFor('countyTooLong', { maximum: 1 }, 'en')).to.equal('County must be 1 character or fewer');
  });
});
