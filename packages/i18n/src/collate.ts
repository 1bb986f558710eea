import type { Locale } from './locale.js';

/**
 * Welsh alphabetical order, as CLDR's Welsh collation has it (the tailoring
 * ICU ships, so Node's `Intl.Collator('cy')` agrees; Chromium has no Welsh
 * collation and sorts as English). The Welsh alphabet is
 *   a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y
 * and each digraph is one letter after its first letter (ceffyl < chwarae,
 * lori < llaeth, angor < ahed). Letters outside it (k q v x z) take their
 * English places. Accents, then case (lower before upper), only break ties.
 * Spaces and punctuation count, before digits and letters ("Llan gollen"
 * after "Llangollen", as ICU does).
 *
 * CLDR reads every "ng" and "rh" as one letter. Dictionaries do not, where a
 * word is built from two parts: Ban|gor, Pen|gam, Bryn|gwran, Llan|gollen,
 * par|hau, ar|holiad, gwr|hydri. Those words are in `SPLIT_DIGRAPHS` below,
 * and sort as the dictionary does (Penarth < Pengam, parhau < parod).
 */
const ORDER = [
  'a',
  'b',
  'c',
  'ch',
  'd',
  'dd',
  'e',
  'f',
  'ff',
  'g',
  'ng',
  'h',
  'i',
  'j',
  'k',
  'l',
  'll',
  'm',
  'n',
  'o',
  'p',
  'ph',
  'q',
  'r',
  'rh',
  's',
  't',
  'th',
  'u',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const LETTER_RANK = new Map(ORDER.map((letter, index) => [letter, index]));
const DIGRAPHS = new Set(['ch', 'dd', 'ff', 'ng', 'll', 'ph', 'rh', 'th']);

/**
 * Words in which "ng" or "rh" is two letters, with "|" where the word splits.
 * An entry ending in "*" covers every word that starts with it (the forms of
 * a verb, the place names built on "llan" + a mutated name). Matched against
 * each word of the text, lower case and without accents.
 *
 * n + g: place names built from bryn (hill), llan (church), glan (bank), pen
 * (head) and a word in g- (or c- mutated to g-), and Bangor (ban + gor).
 * r + h: ar + hol-/hos- (arholiad, arhoswch: from holi, aros), par + ha-
 * (parhau and its forms), gwr/mawr + hyd- (gwrhydri, mawrhydi), cyr + haedd-
 * (the forms of cyrraedd), gor + hoff- (gorhoffedd).
 */
export const SPLIT_DIGRAPHS: readonly string[] = [
  'ban|gor',
  'bryn|g*',
  'glan|g*',
  'llan|g*',
  'llanfairpwllgwyn|gyll*',
  'pen|gam',
  'pen|gelli',
  'pen|gwern',
  'ar|hol*',
  'ar|hos*',
  'cyr|haedd*',
  'gor|hoff*',
  'gwr|hyd*',
  'mawr|hydi',
  'par|ha*',
];

interface SplitWord {
  word: string;
  stem: boolean;
  /** Letter positions where a digraph must not start (the "n" of n|g). */
  splits: number[];
}

const SPLIT_WORDS: SplitWord[] = SPLIT_DIGRAPHS.map((entry) => {
  const stem = entry.endsWith('*');
  const parts = (stem ? entry.slice(0, -1) : entry).split('|');
  const splits: number[] = [];
  let length = 0;
  for (const part of parts.slice(0, -1)) {
    length += part.length;
    splits.push(length - 1);
  }
  return { word: parts.join(''), stem, splits };
});

/** Where in a lower-case, accent-free word "ng"/"rh" must be read as two letters. */
function splitPositions(word: string): readonly number[] {
  for (const entry of SPLIT_WORDS) {
    if (entry.stem ? word.startsWith(entry.word) : word === entry.word) return entry.splits;
  }
  return [];
}

// Spaces and punctuation sort before digits and letters, in the root order
// ICU uses; other symbols follow them by code point.
const PUNCTUATION = [
  ' \u00A0',
  '_',
  '-',
  '\u2010',
  '\u2011',
  '\u2013',
  '\u2014',
  ',',
  ';',
  ':',
  '!',
  '?',
  '.',
  "'",
  '\u2019',
  '"',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '@',
  '*',
  '/',
  '\\',
  '&',
  '#',
  '%',
  '`',
  '^',
  '+',
  '<',
  '=',
  '>',
  '|',
  '~',
  '$',
];
const PUNCTUATION_RANK = new Map(PUNCTUATION.flatMap((chars, index) => [...chars].map((c) => [c, index] as const)));
// Accents in the root collation's order; a letter without one comes first.
const ACCENT_RANK = new Map([...'\u0301\u0300\u0306\u0302\u030C\u030A\u0308\u030B\u0303\u0307\u0304'].map((mark, i) => [mark, i + 1]));

const SYMBOLS_FROM = -3_000_000;
const DIGITS_FROM = -1_000;
const OTHER_LETTERS_FROM = 1_000;

interface CollationElement {
  primary: number;
  /** Accents on the element, in order. */
  secondary: number[];
  /** 0 lower case, 1 first letter upper (Ll), 2 upper case (LL). */
  tertiary: number;
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const isUpper = (c: string) => c !== c.toLowerCase();

function primaryOf(base: string): number {
  const letter = LETTER_RANK.get(base.toLowerCase());
  if (letter !== undefined) return letter;
  if (base >= '0' && base <= '9') return DIGITS_FROM + Number(base);
  const punctuation = PUNCTUATION_RANK.get(base);
  if (punctuation !== undefined) return SYMBOLS_FROM + punctuation;
  const code = base.codePointAt(0)!;
  return isLetter(base) ? OTHER_LETTERS_FROM + code : SYMBOLS_FROM + PUNCTUATION.length + code;
}

/** A character as written: its base and the accents on it (from NFD). */
interface Grapheme {
  base: string;
  marks: string[];
}

function graphemes(value: string): Grapheme[] {
  const out: Grapheme[] = [];
  for (const c of value.normalize('NFD')) {
    if (/\p{M}/u.test(c) && out.length > 0) out[out.length - 1]!.marks.push(c);
    else out.push({ base: c, marks: [] });
  }
  return out;
}

/** The text as Welsh letters, each with its weights at the three levels. */
function collationElements(value: string): CollationElement[] {
  const chars = graphemes(value);
  const elements: CollationElement[] = [];
  let splits: readonly number[] = [];
  let wordStart = -1;
  for (let i = 0; i < chars.length; i++) {
    const { base, marks } = chars[i]!;
    if (!isLetter(base)) wordStart = -1;
    else if (wordStart === -1) {
      wordStart = i;
      let end = i;
      while (end < chars.length && isLetter(chars[end]!.base)) end++;
      splits = splitPositions(
        chars
          .slice(i, end)
          .map((g) => g.base.toLowerCase())
          .join(''),
      );
    }
    const next = chars[i + 1];
    // Like ICU's contractions: "ch", "Ch" and "CH" are one letter, "cH" is two;
    // an accent on the first letter keeps the two apart.
    const pair = next && marks.length === 0 ? base + next.base : '';
    const digraph =
      pair !== '' && DIGRAPHS.has(pair.toLowerCase()) && (!isUpper(next!.base) || isUpper(base)) && !(wordStart !== -1 && splits.includes(i - wordStart));
    if (digraph) {
      elements.push({
        primary: primaryOf(pair),
        secondary: [...next!.marks].map((m) => ACCENT_RANK.get(m) ?? 99),
        tertiary: isUpper(next!.base) ? 2 : isUpper(base) ? 1 : 0,
      });
      i++;
    } else {
      elements.push({
        primary: primaryOf(base),
        secondary: marks.map((m) => ACCENT_RANK.get(m) ?? 99),
        tertiary: isUpper(base) ? 2 : 0,
      });
    }
  }
  return elements;
}

function compareSequences(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareWelsh(a: string, b: string): number {
  const ea = collationElements(a);
  const eb = collationElements(b);
  return (
    compareSequences(
      ea.map((e) => e.primary),
      eb.map((e) => e.primary),
    ) ||
    // As in ICU, each letter weighs 0 at this level and each accent on it adds a weight after it.
    compareSequences(
      ea.flatMap((e) => [0, ...e.secondary]),
      eb.flatMap((e) => [0, ...e.secondary]),
    ) ||
    compareSequences(
      ea.map((e) => e.tertiary),
      eb.map((e) => e.tertiary),
    )
  );
}

const englishCollator = new Intl.Collator('en', { sensitivity: 'variant', numeric: false });

/**
 * A sort comparator for `locale`: `names.sort((a, b) => compare(a, b, 'cy'))`.
 * Welsh uses our own ordering (Chromium has no Welsh collation data); English
 * uses the runtime's root collation, which both Node and Chromium carry.
 */
export function compare(a: string, b: string, locale: Locale): number {
  return locale === 'cy' ? compareWelsh(a, b) : englishCollator.compare(a, b);
}

/** A comparator bound to one locale, for `array.sort(comparator('cy'))`. */
export function comparator(locale: Locale): (a: string, b: string) => number {
  return (a, b) => compare(a, b, locale);
}
