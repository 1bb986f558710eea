import { expect } from 'chai';
import {
  compare,
  comparator,
  formatDate,
  formatList,
  normaliseLocale,
  otherLocale,
  plural,
  pluralCategory,
  resolveText,
  textFromAttributes,
  parseText,
  catalogueProblems,
  localeFromCookie,
  type CatalogueOf,
} from './index.js';

describe('normaliseLocale', () => {
  it('reduces tags to the languages we speak', () => {
    expect(normaliseLocale('cy')).to.equal('cy');
    expect(normaliseLocale('cy-GB')).to.equal('cy');
    expect(normaliseLocale('CY_gb')).to.equal('cy');
    expect(normaliseLocale('en-GB')).to.equal('en');
  });
  it('treats unknown, empty and missing tags as English', () => {
    expect(normaliseLocale('fr')).to.equal('en');
    expect(normaliseLocale('')).to.equal('en');
    expect(normaliseLocale(null)).to.equal('en');
    expect(normaliseLocale('cymraeg')).to.equal('en');
  });
  it('names the other language', () => {
    expect(otherLocale('cy')).to.equal('en');
    expect(otherLocale('en')).to.equal('cy');
  });
});

describe('pluralCategory', () => {
  it('gives all six Welsh cardinal categories', () => {
    const seen = [0, 1, 2, 3, 4, 5, 6, 7, 10, 1.5].map((n) => pluralCategory(n, 'cy'));
    expect(seen).to.deep.equal(['zero', 'one', 'two', 'few', 'other', 'other', 'many', 'other', 'other', 'other']);
  });
  it('gives Welsh ordinal categories', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => pluralCategory(n, 'cy', 'ordinal'))).to.deep.equal([
      'zero', 'one', 'two', 'few', 'few', 'many', 'many', 'zero', 'zero', 'zero', 'other',
    ]);
  });
  it('gives English one/other', () => {
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other']);
  });
  it('picks the form and fills in the number', () => {
    const forms = { zero: '{n} nod (zero)', one: '{n} nod (one)', two: '{n} nod (two)', few: '{n} nod (few)', many: '{n} nod (many)', other: '{n} nod (other)' };
    expect(plural(3, 'cy', forms)).to.equal('3 nod (few)');
    expect(plural(6, 'cy', forms)).to.equal('6 nod (many)');
    expect(plural(1, 'en', { one: '{n} character', other: '{n} characters' })).to.equal('1 character');
    expect(plural(2, 'en', { one: '{n} character', other: '{n} characters' })).to.equal('2 characters');
  });
});

describe('formatDate', () => {
  it('formats long dates in both languages', () => {
    expect(formatDate('2026-03-05', 'en')).to.equal('5 March 2026');
    expect(formatDate('2026-03-05', 'cy')).to.equal('5 Mawrth 2026');
    expect(formatDate({ year: 2026, month: 12, day: 25 }, 'cy')).to.equal('25 Rhagfyr 2026');
    expect(formatDate(new Date(2026, 6, 1), 'cy')).to.equal('1 Gorffennaf 2026');
  });
  it('names every Welsh month', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate({ year: 2026, month: i + 1, day: 1 }, 'cy').split(' ')[1]);
    expect(months).to.deep.equal(['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']);
  });
  it('adds the weekday, short and numeric styles', () => {
    // 5 March 2026 is a Thursday; 3 March 2026 a Tuesday ("Mawrth" twice in Welsh).
    expect(formatDate('2026-03-05', 'en', { weekday: true })).to.equal('Thursday 5 March 2026');
    expect(formatDate('2026-03-03', 'cy', { weekday: true })).to.equal('dydd Mawrth 3 Mawrth 2026');
    expect(formatDate('2026-02-05', 'cy', { style: 'short' })).to.equal('5 Chwef 2026');
    expect(formatDate('2026-03-05', 'cy', { style: 'numeric' })).to.equal('05/03/2026');
  });
  it('refuses what is not a date, naming the problem', () => {
    expect(() => formatDate('5th March', 'en')).to.throw(/not an ISO date/);
    expect(() => formatDate(new Date('nope'), 'en')).to.throw(/invalid/);
    expect(() => formatDate({ year: 2026, month: 13, day: 1 }, 'en')).to.throw(/month 13/);
  });
});

describe('formatList', () => {
  it('joins with "and" and no Oxford comma in English', () => {
    expect(formatList(['apples', 'oranges', 'pears'], 'en')).to.equal('apples, oranges and pears');
    expect(formatList(['tea', 'coffee'], 'en', 'disjunction')).to.equal('tea or coffee');
  });
  it('uses "a" before a consonant and "ac" before a vowel in Welsh', () => {
    expect(formatList(['afal', 'oren', 'banana'], 'cy')).to.equal('afal, oren a banana');
    expect(formatList(['banana', 'afal', 'oren'], 'cy')).to.equal('banana, afal ac oren');
    expect(formatList(['te', 'ŵy'], 'cy')).to.equal('te ac ŵy');
    expect(formatList(['te', 'coffi'], 'cy', 'disjunction')).to.equal('te neu coffi');
  });
  it('handles short lists', () => {
    expect(formatList([], 'cy')).to.equal('');
    expect(formatList(['afal'], 'cy')).to.equal('afal');
  });
});

describe('compare', () => {
  const sortCy = (words: string[]) => [...words].sort(comparator('cy'));
  it('sorts Welsh digraphs as single letters', () => {
    expect(sortCy(['chwarae', 'ceffyl'])).to.deep.equal(['ceffyl', 'chwarae']);
    expect(sortCy(['ddraig', 'dafad'])).to.deep.equal(['dafad', 'ddraig']);
    expect(sortCy(['llaeth', 'lori'])).to.deep.equal(['lori', 'llaeth']);
    expect(sortCy(['rhosyn', 'rwdan'])).to.deep.equal(['rwdan', 'rhosyn']);
    expect(sortCy(['ffenest', 'fyny'])).to.deep.equal(['fyny', 'ffenest']);
    expect(sortCy(['thus', 'tywydd'])).to.deep.equal(['tywydd', 'thus']);
    expect(sortCy(['pherson', 'pysgod'])).to.deep.equal(['pysgod', 'pherson']);
  });
  it('puts ng after g, except where the rule says n+g', () => {
    expect(sortCy(['nghath', 'gwyn', 'hen'])).to.deep.equal(['gwyn', 'nghath', 'hen']);
    // Llangollen is llan + gollen: n then g, so it sorts among "llan…" words.
    expect(sortCy(['Llangollen', 'Llanelli'])).to.deep.equal(['Llanelli', 'Llangollen']);
    // ng (one letter, between g and h) sorts before h; n+g sorts at n, after h.
    expect(compare('angor', 'ahed', 'cy')).to.be.lessThan(0);
    expect(compare('Bangor', 'Bahed', 'cy')).to.be.greaterThan(0);
  });
  it('sorts a realistic list of places', () => {
    expect(sortCy(['Llanelli', 'Caerdydd', 'Bangor', 'Dinbych', 'Chwilog', 'Abertawe', 'Ceredigion', 'Lerpwl'])).to.deep.equal([
      'Abertawe', 'Bangor', 'Caerdydd', 'Ceredigion', 'Chwilog', 'Dinbych', 'Lerpwl', 'Llanelli',
    ]);
  });
  it('ignores case and accents first, then puts plain before accented', () => {
    expect(compare('Afal', 'afal', 'cy')).to.not.equal(0);
    expect(sortCy(['tân', 'tan', 'Tanc'])).to.deep.equal(['tan', 'tân', 'Tanc']);
    expect(compare('same', 'same', 'cy')).to.equal(0);
  });
  it('sorts English as the runtime root collation does', () => {
    expect(['pear', 'Apple', 'banana'].sort(comparator('en'))).to.deep.equal(['Apple', 'banana', 'pear']);
    expect(compare('llama', 'lorry', 'en')).to.be.lessThan(0);
  });
});

describe('author text', () => {
  it('resolves strings and per-language records', () => {
    expect(resolveText('Name', 'cy')).to.equal('Name');
    expect(resolveText({ en: 'Name', cy: 'Enw' }, 'cy')).to.equal('Enw');
    expect(resolveText({ en: 'Name' }, 'cy')).to.equal('Name');
    expect(resolveText(undefined, 'en')).to.equal('');
  });
  it('reads name, name-en and name-cy attributes', () => {
    const attrs = (map: Record<string, string>) => ({ getAttribute: (n: string) => map[n] ?? null });
    expect(textFromAttributes(attrs({ label: 'Name' }), 'label')).to.equal('Name');
    expect(textFromAttributes(attrs({ label: 'Name', 'label-cy': 'Enw' }), 'label')).to.deep.equal({ en: 'Name', cy: 'Enw' });
    expect(textFromAttributes(attrs({}), 'label')).to.equal(undefined);
  });
  it('parses JSON text attributes and leaves other text alone', () => {
    expect(parseText('{"en":"Name","cy":"Enw"}')).to.deep.equal({ en: 'Name', cy: 'Enw' });
    expect(parseText('{not json')).to.equal('{not json');
    expect(parseText('{"fr":"Nom"}')).to.equal('{"fr":"Nom"}');
  });
});

describe('catalogues', () => {
  const en = { close: 'Close', remaining: (n: number) => plural(n, 'en', { one: '{n} left', other: '{n} left' }) };
  it('reports missing and empty messages', () => {
    const cy = { close: '', remaining: (n: number) => (n === 6 ? '' : `${n} ar ôl`) } satisfies CatalogueOf<typeof en>;
    expect(catalogueProblems({ en, cy })).to.deep.equal(['cy.close: empty', 'cy.remaining: empty']);
  });
  it('passes complete catalogues', () => {
    const cy = { close: 'Cau', remaining: (n: number) => `${n} ar ôl` } satisfies CatalogueOf<typeof en>;
    expect(catalogueProblems({ en, cy })).to.deep.equal([]);
  });
});

describe('remembered language', () => {
  it('reads the choice from a Cookie header', () => {
    expect(localeFromCookie('a=1; cydran-locale=cy; b=2')).to.equal('cy');
    expect(localeFromCookie('cydran-locale=fr')).to.equal(null);
    expect(localeFromCookie(undefined)).to.equal(null);
  });
});
