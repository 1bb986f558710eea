import { expect } from 'chai';
import * as z from 'zod';
import {
  address,
  consent,
  dateOfBirth,
  emailAddress,
  familyName,
  formatNationalInsuranceNumber,
  formatNhsNumber,
  formatPostcode,
  givenName,
  hasValidNhsCheckDigit,
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
  validate,
  fictionalNumberType,
  messageFor,
  type MessageKey,
} from './index.js';

/** Parses in English and returns the clean value, failing the test if it is rejected. */
function accepts(schema: z.ZodType, input: unknown): unknown {
  const result = validate(schema, input, { locale: 'en' });
  if (!result.success) expect.fail(`${JSON.stringify(input)} was rejected: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The reason codes a rejected input gets, failing the test if it is accepted. */
function rejects(schema: z.ZodType, input: unknown): MessageKey[] {
  const result = validate(schema, input, { locale: 'en' });
  if (result.success) expect.fail(`${JSON.stringify(input)} was accepted as ${JSON.stringify(result.data)}`);
  return result.errors.map((error) => error.code);
}

const TODAY = { year: 2025, month: 3, day: 1 };
const today = () => TODAY;

describe('nhsNumber', () => {
  it('accepts valid numbers with spaces or hyphens and returns 10 digits', () => {
    expect(accepts(nhsNumber, '9434765919')).to.equal('9434765919');
    expect(accepts(nhsNumber, '943 476 5919')).to.equal('9434765919');
    expect(accepts(nhsNumber, ' 943-476-5919 ')).to.equal('9434765919');
    expect(accepts(nhsNumber, '401\u00a0023\u00a02137')).to.equal('4010232137');
  });

  it('checks the modulus 11 check digit, including in the test range 999 000 0000–999 999 9999', () => {
    expect(rejects(nhsNumber, '9434765918')).to.deep.equal(['nhsNumberChecksum']);
    expect(accepts(nhsNumber, '999 000 0018')).to.equal('9990000018');
    expect(rejects(nhsNumber, '999 000 0017')).to.deep.equal(['nhsNumberChecksum']);
  });

  it('treats a remainder of 11 as check digit 0 and a check value of 10 as never issued', () => {
    // 000000011: sum 3 + 2 = 5 → 11 - 5 = 6.
    expect(hasValidNhsCheckDigit('0000000116')).to.equal(true);
    // 100000001: sum 10 + 2 = 12, remainder 1 → check value 10, never issued.
    expect(hasValidNhsCheckDigit('1000000010')).to.equal(false);
    // Sum 0 → 11 - 0 = 11 → check digit 0.
    expect(hasValidNhsCheckDigit('0000000000')).to.equal(true);
    // 000000006: sum 12, remainder 1 → 11 - 1 = 10: no 10th digit can make it valid.
    for (let check = 0; check <= 9; check++) expect(hasValidNhsCheckDigit(`000000006${check}`)).to.equal(false);
  });

  it('says which rule failed', () => {
    expect(rejects(nhsNumber, '')).to.deep.equal(['nhsNumberRequired']);
    expect(rejects(nhsNumber, '   ')).to.deep.equal(['nhsNumberRequired']);
    expect(rejects(nhsNumber, '943 476 591')).to.deep.equal(['nhsNumberLength']);
    expect(rejects(nhsNumber, '943 476 59190')).to.deep.equal(['nhsNumberLength']);
    expect(rejects(nhsNumber, '943 476 591A')).to.deep.equal(['nhsNumberCharacters']);
    expect(rejects(nhsNumber, 9434765919)).to.deep.equal(['nhsNumberRequired']);
    expect(rejects(nhsNumber, '9'.repeat(1_000_000))).to.deep.equal(['nhsNumberLength']);
  });

  it('formats as 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).to.equal('943 476 5919');
    expect(formatNhsNumber('943-476-5919')).to.equal('943 476 5919');
    expect(formatNhsNumber('not a number')).to.equal('not a number');
  });
});

describe('nationalInsuranceNumber', () => {
  it('accepts any case and spacing and returns the compact form', () => {
    expect(accepts(nationalInsuranceNumber, 'AB 12 34 56 C')).to.equal('AB123456C');
    expect(accepts(nationalInsuranceNumber, 'ab123456d')).to.equal('AB123456D');
    expect(accepts(nationalInsuranceNumber, ' ce-12-34-56-a ')).to.equal('CE123456A');
  });

  it('rejects prefixes never issued, including QQ from the examples', () => {
    expect(rejects(nationalInsuranceNumber, 'QQ 12 34 56 C')).to.deep.equal(['nationalInsuranceNumberNotIssued']);
    for (const prefix of ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']) {
      expect(rejects(nationalInsuranceNumber, `${prefix}123456A`), prefix).to.deep.equal(['nationalInsuranceNumberNotIssued']);
    }
  });

  it('rejects D F I Q U V as the first letter and D F I O Q U V as the second', () => {
    for (const letter of 'DFIQUV') {
      expect(rejects(nationalInsuranceNumber, `${letter}A123456A`), letter).to.deep.equal(['nationalInsuranceNumberNotIssued']);
    }
    for (const letter of 'DFIOQUV') {
      expect(rejects(nationalInsuranceNumber, `A${letter}123456A`), letter).to.deep.equal(['nationalInsuranceNumberNotIssued']);
    }
    expect(accepts(nationalInsuranceNumber, 'OA123456A')).to.equal('OA123456A');
  });

  it('needs two letters, six digits and a suffix A–D', () => {
    expect(rejects(nationalInsuranceNumber, '')).to.deep.equal(['nationalInsuranceNumberRequired']);
    expect(rejects(nationalInsuranceNumber, 'QQ123456E')).to.deep.equal(['nationalInsuranceNumberFormat']);
    expect(rejects(nationalInsuranceNumber, 'QQ123456')).to.deep.equal(['nationalInsuranceNumberFormat']);
    expect(rejects(nationalInsuranceNumber, 'Q1123456A')).to.deep.equal(['nationalInsuranceNumberFormat']);
  });

  it('formats as HMRC prints it', () => {
    expect(formatNationalInsuranceNumber('qq123456c')).to.equal('QQ 12 34 56 C');
    expect(formatNationalInsuranceNumber('AB 123456-D')).to.equal('AB 12 34 56 D');
  });
});

describe('postcode', () => {
  it('normalises case, spaces and punctuation', () => {
    expect(accepts(postcode, 'cf101aa')).to.equal('CF10 1AA');
    expect(accepts(postcode, ' CF10  1AA ')).to.equal('CF10 1AA');
    expect(accepts(postcode, 'sa1-1aa')).to.equal('SA1 1AA');
    expect(accepts(postcode, 'LL57.2DG')).to.equal('LL57 2DG');
    expect(accepts(postcode, 'EC1A 1BB')).to.equal('EC1A 1BB');
    expect(accepts(postcode, 'W1A 0AX')).to.equal('W1A 0AX');
    expect(accepts(postcode, 'gir0aa')).to.equal('GIR 0AA');
    expect(accepts(postcode, 'SY23 3BY')).to.equal('SY23 3BY');
  });

  it('rejects partial postcodes and letters Royal Mail never uses there', () => {
    for (const bad of ['CF10', 'CF10 1', 'CF10 1A', 'Q1 1AA', 'CF10 1CA', 'CF10 1AI', 'ZZZ 1AA', 'CF10 1ÅA']) {
      expect(rejects(postcode, bad), bad).to.deep.equal(['postcodeFormat']);
    }
    expect(rejects(postcode, '')).to.deep.equal(['postcodeRequired']);
  });

  it('formats with one space before the inward code', () => {
    expect(formatPostcode('cf101aa')).to.equal('CF10 1AA');
    expect(formatPostcode('b11aa')).to.equal('B1 1AA');
  });
});

describe('ukPhoneNumber', () => {
  it('accepts UK numbers with or without +44, spaces, brackets and hyphens, and returns E.164', () => {
    expect(accepts(ukPhoneNumber, '029 2087 2087')).to.equal('+442920872087');
    expect(accepts(ukPhoneNumber, '(029) 2087-2087')).to.equal('+442920872087');
    expect(accepts(ukPhoneNumber, '+44 29 2087 2087')).to.equal('+442920872087');
    expect(accepts(ukPhoneNumber, '0044 29 2087 2087')).to.equal('+442920872087');
    expect(accepts(ukPhoneNumber, '+44 (0)29 2087 2087')).to.equal('+442920872087');
    expect(accepts(ukPhoneNumber, '07123 456789')).to.equal('+447123456789');
    expect(accepts(ukPhoneNumber, '0808 157 0192')).to.equal('+448081570192');
  });

  it("accepts Ofcom's numbers for drama, which the messages give as examples, and no number next to them", () => {
    expect(accepts(ukPhoneNumber, '01632 960 001')).to.equal('+441632960001');
    expect(accepts(ukPhoneNumber, '(01632) 960999')).to.equal('+441632960999');
    expect(accepts(ukPhoneNumber, '07700 900 982')).to.equal('+447700900982');
    expect(accepts(ukPhoneNumber, '+44 7700 900000')).to.equal('+447700900000');
    expect(accepts(ukPhoneNumber, '0044 7700 900 982')).to.equal('+447700900982');
    expect(rejects(ukPhoneNumber, '07700 900 98')).to.deep.equal(['phoneNumberFormat']);
    expect(rejects(ukPhoneNumber, '07700 900 9821')).to.deep.equal(['phoneNumberFormat']);
    for (const locale of ['en', 'cy'] as const) {
      const message = messageFor('phoneNumberFormat', {}, locale);
      for (const example of ['01632 960 001', '07700 900 982', '+44 808 157 0192']) {
        expect(message, `the ${locale} message gives ${example}`).to.include(example);
        expect(accepts(ukPhoneNumber, example), example).to.be.a('string');
      }
    }
    expect(fictionalNumberType('+447700900982')).to.equal('MOBILE');
    expect(fictionalNumberType('+441632960001')).to.equal('FIXED_LINE');
    expect(fictionalNumberType('+442920872087')).to.equal(undefined);
  });

  it('rejects numbers that are too short, not numbers, or not in the UK', () => {
    expect(rejects(ukPhoneNumber, '01234')).to.deep.equal(['phoneNumberFormat']);
    expect(rejects(ukPhoneNumber, 'call me')).to.deep.equal(['phoneNumberFormat']);
    expect(rejects(ukPhoneNumber, '+33 1 42 68 53 00')).to.deep.equal(['phoneNumberNotUk']);
    expect(rejects(ukPhoneNumber, '')).to.deep.equal(['phoneNumberRequired']);
  });
});

describe('emailAddress', () => {
  it('trims and lower-cases the domain only', () => {
    expect(accepts(emailAddress, ' Sian.Jones@Example.CYMRU ')).to.equal('Sian.Jones@example.cymru');
  });

  it('accepts ordinary addresses', () => {
    for (const good of ['name@example.com', 'first.last+tag@sub.example.gov.uk', "o'brien@example.ie"]) {
      expect(accepts(emailAddress, good), good).to.equal(good);
    }
  });

  it('rejects addresses no one can send to', () => {
    for (const bad of ['name', 'name@', '@example.com', 'name@example', 'na me@example.com', 'name@@example.com', 'name@exa_mple.com', 'name..x@example.com']) {
      expect(rejects(emailAddress, bad), bad).to.deep.equal(['emailAddressFormat']);
    }
    expect(rejects(emailAddress, '')).to.deep.equal(['emailAddressRequired']);
  });
});

describe('securityCode', () => {
  it('accepts 6 digits, ignoring spaces', () => {
    expect(accepts(securityCode, '123456')).to.equal('123456');
    expect(accepts(securityCode, ' 123 456 ')).to.equal('123456');
  });

  it('rejects anything else', () => {
    expect(rejects(securityCode, '12345')).to.deep.equal(['securityCodeLength']);
    expect(rejects(securityCode, '1234567')).to.deep.equal(['securityCodeLength']);
    expect(rejects(securityCode, '12345a')).to.deep.equal(['securityCodeCharacters']);
    expect(rejects(securityCode, '')).to.deep.equal(['securityCodeRequired']);
  });
});

describe('password', () => {
  it('accepts 8 to 256 characters exactly as typed', () => {
    expect(accepts(password, ' correct horse ')).to.equal(' correct horse ');
    expect(accepts(password, 'a'.repeat(256))).to.have.length(256);
    // Counted in characters: eight emoji are eight characters, not sixteen units.
    expect(accepts(password, '🐉'.repeat(8))).to.equal('🐉'.repeat(8));
  });

  it('rejects too short and too long', () => {
    expect(rejects(password, 'short')).to.deep.equal(['passwordTooShort']);
    expect(rejects(password, '🐉'.repeat(7))).to.deep.equal(['passwordTooShort']);
    expect(rejects(password, 'a'.repeat(257))).to.deep.equal(['passwordTooLong']);
    expect(rejects(password, '')).to.deep.equal(['passwordRequired']);
  });

  it('reports a missing or different confirmation on the confirmation path', () => {
    expect(accepts(passwordWithConfirmation, { password: 'correct horse', confirmation: 'correct horse' })).to.deep.equal({
      password: 'correct horse',
      confirmation: 'correct horse',
    });
    const mismatch = validate(passwordWithConfirmation, { password: 'correct horse', confirmation: 'correct hose' }, { locale: 'en' });
    expect(mismatch.success ? [] : mismatch.errors.map((e) => [e.path, e.code])).to.deep.equal([[['confirmation'], 'passwordConfirmationMismatch']]);
    const missing = validate(passwordWithConfirmation, { password: 'correct horse', confirmation: '' }, { locale: 'en' });
    expect(missing.success ? [] : missing.errors.map((e) => [e.path, e.code])).to.deep.equal([[['confirmation'], 'passwordConfirmationRequired']]);
  });

  it('does not compare against a first password that is itself wrong', () => {
    expect(rejects(passwordWithConfirmation, { password: 'short', confirmation: 'other' })).to.deep.equal(['passwordTooShort']);
  });
});

describe('personName', () => {
  it('accepts Welsh letters, apostrophes, hyphens and spaces', () => {
    for (const name of ['Siân', 'Gwenllïan', 'Dafydd ap Gwilym', 'Llŷr', 'Ŵyn', "O'Brien", 'Davies-Jones', 'Zoë', 'Łukasz', 'Nguyễn']) {
      expect(accepts(givenName, name), name).to.equal(name);
    }
  });

  it('tidies apostrophes, dashes, spaces and decomposed accents', () => {
    expect(accepts(familyName, 'O’Brien')).to.equal("O'Brien");
    expect(accepts(familyName, 'Davies – Jones')).to.equal('Davies-Jones');
    expect(accepts(givenName, '  Mair   Eluned ')).to.equal('Mair Eluned');
    expect(accepts(givenName, 'Sia\u0302n')).to.equal('Siân');
    expect(accepts(givenName, '\u200fSiân\u200e')).to.equal('Siân');
  });

  it('rejects digits, symbols and names over 100 characters', () => {
    for (const bad of ['R2D2', 'Siân!', 'Mair 😀', "'", '-Jones']) {
      expect(rejects(givenName, bad), bad).to.deep.equal(['givenNameCharacters']);
    }
    expect(rejects(familyName, 'a'.repeat(101))).to.deep.equal(['familyNameTooLong']);
    expect(rejects(familyName, '')).to.deep.equal(['familyNameRequired']);
  });

  it('checks both names and reports each on its own path', () => {
    const result = validate(personName, { givenName: '', familyName: '1' }, { locale: 'en' });
    expect(result.success ? [] : result.errors.map((e) => [e.path, e.code])).to.deep.equal([
      [['givenName'], 'givenNameRequired'],
      [['familyName'], 'familyNameCharacters'],
    ]);
  });
});

describe('dateOfBirth', () => {
  const schema = dateOfBirth({ today });

  it('accepts parts as strings or numbers, and month names in both languages', () => {
    expect(accepts(schema, { day: '1', month: '3', year: '1990' })).to.equal('1990-03-01');
    expect(accepts(schema, { day: 29, month: 2, year: 2000 })).to.equal('2000-02-29');
    expect(accepts(schema, { day: ' 07 ', month: 'Mawrth', year: '1990' })).to.equal('1990-03-07');
    expect(accepts(schema, { day: '7', month: 'march', year: '1990' })).to.equal('1990-03-07');
    expect(accepts(schema, { day: '7', month: 'Rhag', year: '1990' })).to.equal('1990-12-07');
    expect(accepts(schema, TODAY)).to.equal('2025-03-01');
  });

  /** Path and parts of the only error. */
  function problem(input: unknown, options = {}) {
    const result = validate(dateOfBirth({ today, ...options }), input, { locale: 'en' });
    if (result.success) return expect.fail(`accepted ${JSON.stringify(input)}`);
    expect(result.errors).to.have.length(1);
    const [error] = result.errors;
    return { code: error!.code, path: error!.path, parts: error!.parts };
  }

  it('names the parts that are missing', () => {
    expect(problem({ day: '', month: '3', year: '' })).to.deep.equal({
      code: 'dateOfBirthIncomplete',
      path: ['day'],
      parts: ['day', 'year'],
    });
    expect(problem({ day: '1', year: '1990' })).to.deep.equal({ code: 'dateOfBirthIncomplete', path: ['month'], parts: ['month'] });
    expect(problem({})).to.deep.equal({ code: 'dateOfBirthRequired', path: [], parts: ['day', 'month', 'year'] });
    expect(problem(null)).to.deep.equal({ code: 'dateOfBirthRequired', path: [], parts: ['day', 'month', 'year'] });
  });

  it('names the part that makes a date unreal', () => {
    expect(problem({ day: '31', month: '2', year: '2000' })).to.deep.equal({ code: 'dateOfBirthNotReal', path: ['day'], parts: ['day'] });
    expect(problem({ day: '29', month: '2', year: '2001' })).to.deep.equal({ code: 'dateOfBirthNotReal', path: ['day'], parts: ['day'] });
    expect(problem({ day: '1', month: '13', year: '2000' })).to.deep.equal({ code: 'dateOfBirthNotReal', path: ['month'], parts: ['month'] });
    expect(problem({ day: 'x', month: 'y', year: '2000' })).to.deep.equal({
      code: 'dateOfBirthNotReal',
      path: ['day'],
      parts: ['day', 'month'],
    });
    expect(problem({ day: '1', month: '1', year: '90' })).to.deep.equal({ code: 'dateOfBirthYearDigits', path: ['year'], parts: ['year'] });
    expect(problem({ day: true, month: '1', year: '1990' })).to.deep.equal({ code: 'dateOfBirthNotReal', path: ['day'], parts: ['day'] });
  });

  it('rejects dates in the future', () => {
    expect(problem({ day: '2', month: '3', year: '2025' }).code).to.equal('dateOfBirthInFuture');
  });

  it('applies a minimum age on the day of the check', () => {
    expect(accepts(dateOfBirth({ today, minAge: 16 }), { day: 1, month: 3, year: 2009 })).to.equal('2009-03-01');
    expect(problem({ day: 2, month: 3, year: 2009 }, { minAge: 16 })).to.deep.equal({
      code: 'dateOfBirthTooRecent',
      path: [],
      parts: ['day', 'month', 'year'],
    });
  });

  it('gives someone born on 29 February their birthday on 1 March', () => {
    const leapling = { day: 29, month: 2, year: 2008 };
    const on = (day: number, month: number) => dateOfBirth({ minAge: 17, today: () => ({ year: 2025, month, day }) });
    expect(validate(on(28, 2), leapling, { locale: 'en' }).success).to.equal(false);
    expect(validate(on(1, 3), leapling, { locale: 'en' }).success).to.equal(true);
  });

  it('applies a maximum age, 130 unless given', () => {
    expect(problem({ day: 1, month: 3, year: 1894 }).code).to.equal('dateOfBirthTooEarly');
    expect(accepts(schema, { day: 2, month: 3, year: 1894 })).to.equal('1894-03-02');
    expect(problem({ day: 1, month: 3, year: 1990 }, { maxAge: 30 }).code).to.equal('dateOfBirthTooEarly');
    expect(accepts(dateOfBirth({ today, maxAge: 30 }), { day: 2, month: 3, year: 1994 })).to.equal('1994-03-02');
  });

  it('states the limit date in the message, in both languages', () => {
    const young = { day: 2, month: 3, year: 2009 };
    const en = validate(dateOfBirth({ today, minAge: 16 }), young, { locale: 'en' });
    const cy = validate(dateOfBirth({ today, minAge: 16 }), young, { locale: 'cy' });
    expect(en.success ? '' : en.errors[0]!.message).to.equal('Date of birth must be on or before 1 March 2009');
    expect(cy.success ? '' : cy.errors[0]!.message).to.equal("Rhaid i'r dyddiad geni fod ar 1 Mawrth 2009 neu cyn hynny");
  });
});

describe('address', () => {
  it('returns tidy lines and a normalised postcode, leaving out blank optional lines', () => {
    expect(accepts(address, { line1: ' 1  Stryd y Castell ', line2: '', town: 'Caerdydd', county: ' ', postcode: 'cf101aa' })).to.deep.equal({
      line1: '1 Stryd y Castell',
      town: 'Caerdydd',
      postcode: 'CF10 1AA',
    });
    expect(accepts(address, { line1: 'Tŷ Hywel', line2: 'Ffordd Pen y Lan', town: 'Bangor', county: 'Gwynedd', postcode: 'LL57 2DG' })).to.deep.equal({
      line1: 'Tŷ Hywel',
      line2: 'Ffordd Pen y Lan',
      town: 'Bangor',
      county: 'Gwynedd',
      postcode: 'LL57 2DG',
    });
  });

  it('reports each missing or wrong part on its own path', () => {
    const result = validate(address, { line1: '', line2: 'x'.repeat(101), postcode: 'nope' }, { locale: 'en' });
    expect(result.success ? [] : result.errors.map((e) => [e.path.join('.'), e.code])).to.deep.equal([
      ['line1', 'addressLine1Required'],
      ['line2', 'addressLine2TooLong'],
      ['town', 'townRequired'],
      ['postcode', 'postcodeFormat'],
    ]);
    expect(rejects(address, 'CF10 1AA')).to.deep.equal(['addressRequired']);
  });

  it('refuses keys it does not know, and never copies a __proto__ key', () => {
    const valid = { line1: '1 Stryd y Castell', town: 'Caerdydd', postcode: 'CF10 1AA' };
    const crowded: Record<string, string> = { ...valid };
    for (let i = 0; i < 100_000; i++) crowded[`k${i}`] = 'x';
    const result = validate(address, crowded, { locale: 'cy' });
    expect(result.success ? [] : result.errors.map((e) => [e.path.join('.'), e.code])).to.deep.equal([['k0', 'invalidAnswer']]);
    const polluting: unknown = JSON.parse('{"line1":"1","town":"C","postcode":"CF10 1AA","__proto__":{"polluted":true}}');
    expect(rejects(address, polluting)).to.deep.equal(['invalidAnswer']);
    expect(rejects(personName, { givenName: 'Siân', familyName: 'ap Rhys', constructor: 'x' })).to.deep.equal(['invalidAnswer']);
    expect(Object.hasOwn(Object.prototype, 'polluted')).to.equal(false);
    expect(accepts(address, valid)).to.deep.equal({ ...valid });
  });
});

describe('languagePreference and consent', () => {
  it('accepts the two languages however they arrive', () => {
    expect(accepts(languagePreference, 'cy')).to.equal('cy');
    expect(accepts(languagePreference, ' CY-GB ')).to.equal('cy');
    expect(accepts(languagePreference, 'Cymraeg')).to.equal('cy');
    expect(accepts(languagePreference, 'en')).to.equal('en');
    expect(rejects(languagePreference, 'fr')).to.deep.equal(['languagePreferenceRequired']);
    expect(rejects(languagePreference, undefined)).to.deep.equal(['languagePreferenceRequired']);
  });

  it('does not take names of object properties for languages', () => {
    // Found by the property tests: a plain-object lookup answered "__proto__".
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(rejects(languagePreference, name)).to.deep.equal(['languagePreferenceRequired']);
    }
  });

  it('needs consent to be given', () => {
    expect(accepts(consent, true)).to.equal(true);
    expect(accepts(consent, 'on')).to.equal(true);
    for (const no of [false, 'false', '', undefined, 'off', 1]) expect(rejects(consent, no)).to.deep.equal(['consentRequired']);
  });
});

describe('toJSONSchema', () => {
  it('describes the clean value with the same rules the schema returns', () => {
    const nhs = toJSONSchema(nhsNumber);
    expect(nhs).to.include({ type: 'string', pattern: '^[0-9]{10}$', title: 'NHS number' });
    expect(String(nhs.description)).to.contain('check digit');
    const dob = toJSONSchema(dateOfBirth({ minAge: 16 }));
    expect(dob).to.include({ type: 'string', format: 'date' });
    expect(String(dob.description)).to.contain('at least 16 years ago');
  });

  it('marks required and optional parts of objects', () => {
    const schema = toJSONSchema(address) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).to.deep.equal(['line1', 'town', 'postcode']);
    expect(Object.keys(schema.properties)).to.deep.equal(['line1', 'line2', 'town', 'county', 'postcode']);
  });

  it('agrees with the schema: every clean value matches its JSON Schema pattern', () => {
    const cases: [z.ZodType, unknown][] = [
      [nhsNumber, '943 476 5919'],
      [nationalInsuranceNumber, 'jg 10 37 59 a'],
      [postcode, 'cf101aa'],
      [ukPhoneNumber, '029 2087 2087'],
      [securityCode, '123 456'],
    ];
    for (const [schema, input] of cases) {
      const json = toJSONSchema(schema) as { pattern: string };
      expect(new RegExp(json.pattern).test(String(accepts(schema, input))), json.pattern).to.equal(true);
    }
  });

  it('does not fail on a composed schema with a transform', () => {
    const composed = z.object({ nhs: nhsNumber, note: z.string().transform((s) => s.length) });
    expect(toJSONSchema(composed)).to.have.property('type', 'object');
  });
});
