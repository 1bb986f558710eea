/**
 * Welsh initial consonant mutation, for the few places the library puts a
 * word it did not write after a word that mutates it: "a" (and) in a list,
 * "neu" (or), "yn", an imperative verb. One table for every package, so the
 * grammar lives in one place.
 *
 * What a rule on spelling alone cannot know, and so leaves to the caller:
 * - proper nouns and loan words that resist mutation (most English names,
 *   brand names): pass them with mutation switched off;
 * - a word that is already mutated: "gyfeiriad" is taken as a word in its own
 *   right and soft-mutated again only if its letter mutates (g → ∅);
 * - which "yn" it follows: after predicative "yn" (fod yn ddelwedd) use
 *   'predicative', the soft mutation that leaves ll and rh alone (yn llawn,
 *   yn rhad); after "yn" meaning "in", nasal mutation and a changed "yn"
 *   (yng Nghaerdydd) are the caller's to write.
 */
export type Mutation = 'soft' | 'aspirate' | 'nasal' | 'predicative';

// Longest first: ll and rh are single letters, and ch, dd, ff, ng, ph, th
// start with a letter of the table but never mutate.
const NEVER_MUTATES = ['ch', 'dd', 'ff', 'ng', 'ph', 'th', 'ts'];
const TABLES: Record<Mutation, readonly (readonly [string, string])[]> = {
  soft: [
    ['ll', 'l'],
    ['rh', 'r'],
    ['c', 'g'],
    ['p', 'b'],
    ['t', 'd'],
    ['g', ''],
    ['b', 'f'],
    ['d', 'dd'],
    ['m', 'f'],
  ],
  aspirate: [
    ['c', 'ch'],
    ['p', 'ph'],
    ['t', 'th'],
  ],
  nasal: [
    ['c', 'ngh'],
    ['p', 'mh'],
    ['t', 'nh'],
    ['g', 'ng'],
    ['b', 'm'],
    ['d', 'n'],
  ],
  predicative: [
    ['ll', 'll'],
    ['rh', 'rh'],
    ['c', 'g'],
    ['p', 'b'],
    ['t', 'd'],
    ['g', ''],
    ['b', 'f'],
    ['d', 'dd'],
    ['m', 'f'],
  ],
};

/**
 * An acronym or code is written in capitals or has digits in it: PIN, GIG,
 * CF10, PDF, MP4. Welsh does not mutate these ("rhif PIN", "a PDF").
 */
export function isAcronym(word: string): boolean {
  const letters = [...word].filter((c) => c.toLowerCase() !== c.toUpperCase());
  const hasDigit = [...word].some((c) => c >= '0' && c <= '9');
  if (hasDigit) return true;
  return letters.length >= 2 && letters.every((c) => c === c.toUpperCase());
}

/** The first word of a phrase (up to a space or hyphen). */
export function firstWord(phrase: string): string {
  const trimmed = phrase.trimStart();
  const end = [...trimmed].findIndex((c) => c === ' ' || c === '-' || c === '\u00A0');
  return end === -1 ? trimmed : [...trimmed].slice(0, end).join('');
}

/** Whether `mutation` changes the first letter of `phrase` at all. */
export function mutates(phrase: string, mutation: Mutation): boolean {
  return mutate(phrase, mutation) !== phrase;
}

/**
 * Mutates the first letter of `phrase`: `mutate('coffi', 'soft')` → "goffi",
 * `mutate('Casnewydd', 'aspirate')` → "Chasnewydd", `mutate('cyfeiriad',
 * 'nasal')` → "nghyfeiriad". A capital stays a capital (Gwynedd →
 * Wynedd). Acronyms and codes are never mutated (PIN, GIG, CF10), nor letters
 * the mutation leaves alone (vowels, ch, dd, ff, ng, ph, th, and ll/rh
 * outside the soft mutation).
 */
export function mutate(phrase: string, mutation: Mutation): string {
  const leading = phrase.length - phrase.trimStart().length;
  const text = phrase.slice(leading);
  if (text === '' || isAcronym(firstWord(text))) return phrase;
  const lower = text.toLocaleLowerCase('cy');
  if (NEVER_MUTATES.some((letters) => lower.startsWith(letters))) return phrase;
  for (const [from, to] of TABLES[mutation]) {
    if (!lower.startsWith(from)) continue;
    const rest = text.slice(from.length);
    const wasCapital = text.charAt(0) !== lower.charAt(0);
    // g → ∅ makes the next letter the first one: Gwynedd → Wynedd.
    const replaced = to === '' ? rest : to + rest;
    const mutated = wasCapital ? replaced.charAt(0).toLocaleUpperCase('cy') + replaced.slice(1) : replaced;
    return phrase.slice(0, leading) + mutated;
  }
  return phrase;
}

const WELSH_VOWELS = new Set([...'aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ']);

/**
 * Whether the word for a number written in digits starts with a vowel
 * sound, as Welsh reads it in the decimal count: 1 "un", 8 "wyth", 10–19
 * "un deg …" (11 is also "un ar ddeg"), 80–89 "wyth deg …", 800–899 "wyth
 * cant …", and the same for the leading group of thousands (8,000 "wyth
 * mil", 11,000 "un deg un mil"). Every other leading digit is a consonant
 * (dau, tri, pedwar, pump, chwech, saith, naw, deg, cant, mil, miliwn).
 */
function numberStartsWithVowel(digits: string): boolean {
  const whole = digits
    .split('.')[0]!
    .replace(/[,\s\u00A0]/g, '')
    .replace(/^0+(?=\d)/, '');
  if (whole === '' || whole === '0') return false; // dim
  const leadingGroupLength = whole.length % 3 || 3;
  const group = whole.slice(0, leadingGroupLength);
  const lead = group[0];
  if (lead === '8') return true; // wyth, wyth deg, wyth cant
  if (lead !== '1') return false;
  if (group.length === 2) return true; // un deg …
  if (group.length === 3) return false; // cant …
  return whole.length === 1; // un; but 1,000 is "mil", 1,000,000 "miliwn"
}

/**
 * Whether Welsh reads `phrase` as starting with a vowel sound, which picks
 * "ac" over "a" (and), "nag" over "na" (than, nor) and "ag" over "â" (with).
 * Letters: a e i o u w y, with any accent (w and y are taken as vowels,
 * which they usually are at the start of a word). Numbers: as they are read
 * aloud, see `numberStartsWithVowel` ("ac 8", "nag 11", "a 2").
 */
export function startsWithVowelSound(phrase: string): boolean {
  const text = phrase.trimStart();
  const first = text.charAt(0);
  if (first >= '0' && first <= '9') {
    const number = /^[0-9][0-9,.\u00A0]*/.exec(text)?.[0] ?? first;
    return numberStartsWithVowel(number.replace(/[.,]$/, ''));
  }
  return WELSH_VOWELS.has(first.toLocaleLowerCase('cy'));
}

/** "a" or "ac" (and) before `next`, without the mutation "a" causes. */
export function welshAnd(next: string): 'a' | 'ac' {
  return startsWithVowelSound(next) ? 'ac' : 'a';
}

/** "na" or "nag" (than; nor) before `next`: "llai na 2 MB", "llai nag 8 MB". */
export function welshNa(next: string): 'na' | 'nag' {
  return startsWithVowelSound(next) ? 'nag' : 'na';
}
