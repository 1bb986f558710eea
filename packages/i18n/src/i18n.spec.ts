import { expect } from 'chai';
import {
  compare,
  comparator,
  formatDate,
  formatList,
  SPLIT_DIGRAPHS,
  isAcronym,
  mutate,
  welshNa,
  withIndefiniteArticle,
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
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'zero',
      'zero',
      'zero',
      'other',
    ]);
  });
  it('gives English one/other', () => {
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other']);
  });
  it('picks the form and fills in the number', () => {
    const forms = {
      zero: '{n} nod (zero)',
      one: '{n} nod (one)',
      two: '{n} nod (two)',
      few: '{n} nod (few)',
      many: '{n} nod (many)',
      other: '{n} nod (other)',
    };
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
    expect(formatList(['te', 'coffi'], 'cy', 'disjunction')).to.equal('te neu goffi');
  });
  it('applies aspirate mutation after "a"', () => {
    expect(formatList(['Caerdydd', 'Casnewydd'], 'cy')).to.equal('Caerdydd a Chasnewydd');
    expect(formatList(['bara', 'caws'], 'cy')).to.equal('bara a chaws');
    expect(formatList(['halen', 'pupur'], 'cy')).to.equal('halen a phupur');
    expect(formatList(['cig', 'tatws'], 'cy')).to.equal('cig a thatws');
    // Letters aspirate mutation leaves alone, and digraphs that only look like c, p, t.
    expect(formatList(['bara', 'menyn'], 'cy')).to.equal('bara a menyn');
    expect(formatList(['te', 'theisen', 'chwisgi'], 'cy')).to.equal('te, theisen a chwisgi');
  });
  it('applies soft mutation after "neu"', () => {
    expect(formatList(['PDF', 'delwedd'], 'cy', 'disjunction')).to.equal('PDF neu ddelwedd');
    expect(formatList(['Bangor', 'Gwynedd'], 'cy', 'disjunction')).to.equal('Bangor neu Wynedd');
    expect(formatList(['te', 'llaeth', 'rhew', 'pop', 'bara', 'mêl'], 'cy', 'disjunction')).to.equal('te, llaeth, rhew, pop, bara neu fêl');
    expect(formatList(['afal', 'ffrwyth'], 'cy', 'disjunction')).to.equal('afal neu ffrwyth');
  });
  it('uses "ac" before a number read as a word that starts with a vowel', () => {
    expect(formatList(['2', '8'], 'cy')).to.equal('2 ac 8'); // wyth
    expect(formatList(['10', '11'], 'cy')).to.equal('10 ac 11'); // un ar ddeg
    expect(formatList(['5', '1'], 'cy')).to.equal('5 ac 1'); // un
    expect(formatList(['7', '80', '18'], 'cy')).to.equal('7, 80 ac 18'); // un deg wyth
    expect(formatList(['1', '2'], 'cy')).to.equal('1 a 2'); // dau
    expect(formatList(['5', '100'], 'cy')).to.equal('5 a 100'); // cant
    expect(formatList(['5', '1000'], 'cy')).to.equal('5 a 1000'); // mil
    expect(formatList(['5', '800'], 'cy')).to.equal('5 ac 800'); // wyth cant
    expect(formatList(['5', '8,000'], 'cy')).to.equal('5 ac 8,000'); // wyth mil
    expect(formatList(['5', '0'], 'cy')).to.equal('5 a 0'); // dim
  });
  it('gives each later item its own "yn" or article in predicative lists', () => {
    const predicative = { predicative: true };
    expect(formatList(['PDF', 'delwedd'], 'cy', 'disjunction', predicative)).to.equal('PDF neu’n ddelwedd');
    expect(formatList(['PDF', 'JPG', 'delwedd'], 'cy', 'disjunction', predicative)).to.equal('PDF, yn JPG neu’n ddelwedd');
    expect(formatList(['mawr', 'trwm'], 'cy', 'conjunction', predicative)).to.equal('mawr ac yn drwm');
    expect(formatList(['rhad', 'llawn'], 'cy', 'disjunction', predicative)).to.equal('rhad neu’n llawn');
    expect(formatList(['PDF', 'image'], 'en', 'disjunction', predicative)).to.equal('PDF or an image');
    expect(formatList(['PDF', 'JPG', 'video'], 'en', 'disjunction', predicative)).to.equal('PDF, a JPG or a video');
    expect(mutate('delwedd', 'predicative')).to.equal('ddelwedd');
    expect(mutate('llun', 'predicative')).to.equal('llun');
  });
  it('never mutates acronyms and codes, or items the caller keeps as written', () => {
    expect(formatList(['cyfrinair', 'PIN'], 'cy', 'disjunction')).to.equal('cyfrinair neu PIN');
    expect(formatList(['cyfeiriad', 'GIG'], 'cy', 'disjunction')).to.equal('cyfeiriad neu GIG');
    expect(formatList(['SA1', 'CF10'], 'cy')).to.equal('SA1 a CF10');
    expect(formatList(['Aldi', 'Tesco'], 'cy', 'conjunction', { mutate: (item) => item !== 'Tesco' })).to.equal('Aldi a Tesco');
    expect(formatList(['te', 'coffi'], 'cy', 'disjunction', { mutate: false })).to.equal('te neu coffi');
  });
  it('handles short lists', () => {
    expect(formatList([], 'cy')).to.equal('');
    expect(formatList(['afal'], 'cy')).to.equal('afal');
  });
});

describe('mutate', () => {
  it('applies soft, aspirate and nasal mutation, keeping a capital', () => {
    expect(['cath', 'pen', 'tŷ', 'gardd', 'bws', 'dyn', 'llyfr', 'mam', 'rhif'].map((w) => mutate(w, 'soft'))).to.deep.equal([
      'gath',
      'ben',
      'dŷ',
      'ardd',
      'fws',
      'ddyn',
      'lyfr',
      'fam',
      'rif',
    ]);
    expect(['cath', 'pen', 'tŷ', 'bws'].map((w) => mutate(w, 'aspirate'))).to.deep.equal(['chath', 'phen', 'thŷ', 'bws']);
    expect(['cyfeiriad', 'pen', 'tad', 'gardd', 'bws', 'dyddiad'].map((w) => mutate(w, 'nasal'))).to.deep.equal([
      'nghyfeiriad',
      'mhen',
      'nhad',
      'ngardd',
      'mws',
      'nyddiad',
    ]);
    expect(mutate('Gwynedd', 'soft')).to.equal('Wynedd');
    expect(mutate('Caerdydd', 'soft')).to.equal('Gaerdydd');
  });
  it('leaves acronyms, codes, vowels and letters that never mutate', () => {
    for (const word of ['PIN', 'GIG', 'CF10', 'PDF', 'ateb', 'chwarae', 'ffeil', 'theatr', 'ddoe', 'tsips']) {
      expect(mutate(word, 'soft'), word).to.equal(word);
    }
  });
  it('tells acronyms from words', () => {
    expect(['PIN', 'GIG', 'CF10', 'MP4', 'Pin', 'A', 'cod'].map(isAcronym)).to.deep.equal([true, true, true, true, false, false, false]);
  });
  it('picks "na" or "nag" by the sound of the next word', () => {
    const cases = { '8 MB': 'nag', '2 MB': 'na', '1.5 KB': 'nag', '512 beit': 'na', awr: 'nag', diwrnod: 'na' };
    expect(Object.fromEntries(Object.keys(cases).map((next) => [next, welshNa(next)]))).to.deep.equal(cases);
  });
});

describe('withIndefiniteArticle', () => {
  it('gives "a" or "an" in English by sound', () => {
    const phrases = [
      'an image',
      'a PDF or JPG',
      'an audio file',
      'a video',
      'an MP4',
      'an SVG',
      'a user',
      'an hour',
      'an 8 digit number',
      'an 11 digit number',
      'a 10 digit number',
    ];
    const bare = phrases.map((phrase) => phrase.slice(phrase.indexOf(' ') + 1));
    expect(bare.map((phrase) => withIndefiniteArticle(phrase, 'en'))).to.deep.equal(phrases);
  });
  it('leaves Welsh, which has no indefinite article, as it is', () => {
    expect(withIndefiniteArticle('delwedd', 'cy')).to.equal('delwedd');
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
  it("reads ng and rh as one letter, as CLDR does, except in the dictionary's split words", () => {
    expect(sortCy(['rhwng', 'rwdan', 'rhad'])).to.deep.equal(['rwdan', 'rhad', 'rhwng']);
    expect(sortCy(['angor', 'anrheg', 'ahed'])).to.deep.equal(['angor', 'ahed', 'anrheg']);
    // Split words: n + g and r + h are two letters.
    expect(sortCy(['parod', 'parsel', 'parhau'])).to.deep.equal(['parhau', 'parod', 'parsel']);
    expect(sortCy(['Pengam', 'Penarth'])).to.deep.equal(['Penarth', 'Pengam']);
    expect(sortCy(['Bryngwran', 'Brynaman'])).to.deep.equal(['Brynaman', 'Bryngwran']);
    expect(sortCy(['arian', 'arholiad', 'aros'])).to.deep.equal(['arholiad', 'arian', 'aros']);
    expect(sortCy(['gwrido', 'gwrhydri', 'gwraig'])).to.deep.equal(['gwraig', 'gwrhydri', 'gwrido']);
    expect(sortCy(['Bangor', 'Bargod', 'Bala'])).to.deep.equal(['Bala', 'Bangor', 'Bargod']);
    expect(SPLIT_DIGRAPHS).to.include('par|ha*');
  });
  it('breaks ties with accents, then case (lower first), as ICU does', () => {
    expect(sortCy(['Llyn', 'llŷn', 'llyn', 'Llŷn'])).to.deep.equal(['llyn', 'Llyn', 'llŷn', 'Llŷn']);
    expect(sortCy(['LLYN', 'Llyn', 'llyn'])).to.deep.equal(['llyn', 'Llyn', 'LLYN']);
    // "cH" is not the letter ch (ICU's contraction is ch, Ch, CH only).
    expect(sortCy(['ci', 'cH', 'CH'])).to.deep.equal(['cH', 'ci', 'CH']);
    // Spaces and hyphens count, before letters.
    expect(sortCy(['Pen-y-groes', 'Penarth', 'Pen y Fan'])).to.deep.equal(['Pen y Fan', 'Pen-y-groes', 'Penarth']);
  });
  it('sorts a realistic list of places', () => {
    expect(sortCy(['Llanelli', 'Caerdydd', 'Bangor', 'Dinbych', 'Chwilog', 'Abertawe', 'Ceredigion', 'Lerpwl'])).to.deep.equal([
      'Abertawe',
      'Bangor',
      'Caerdydd',
      'Ceredigion',
      'Chwilog',
      'Dinbych',
      'Lerpwl',
      'Llanelli',
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
