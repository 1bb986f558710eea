import type { Locale } from './locale.js';

/**
 * Welsh alphabetical order. The Welsh alphabet is
 *   a b c ch d dd e f ff g ng h i j l ll m n o p ph r rh s t th u w y
 * and its digraphs sort as single letters after their first letter
 * (ceffyl < chwarae, lori < llaeth). Letters outside it (k q v x z) take
 * their English places so loan words and English names still sort sensibly.
 *
 * "ng" rule: a dictionary is the only perfect answer (Bangor is n+g; angor
 * is ng). We treat "ng" as one letter except (1) straight after "llan" at
 * the start of a word (Llangollen, Llangefni: place names built on llan +
 * a name) and (2) a short list of known n+g words. Documented in the README.
 */
const ORDER = [
  'a', 'b', 'c', 'ch', 'd', 'dd', 'e', 'f', 'ff', 'g', 'ng', 'h', 'i', 'j', 'k',
  'l', 'll', 'm', 'n', 'o', 'p', 'ph', 'q', 'r', 'rh', 's', 't', 'th', 'u', 'v',
  'w', 'x', 'y', 'z',
];
const RANK = new Map(ORDER.map((letter, index) => [letter, index]));
const DIGRAPHS = new Set(['ch', 'dd', 'ff', 'ng', 'll', 'ph', 'rh', 'th']);
const N_PLUS_G_WORDS = new Set(['bangor', 'ringo', 'mango', 'tango', 'congo', 'bingo', 'singapore']);

/** Splits a string into Welsh letters, each with its accent-free base. */
function welshLetters(value: string): { base: string; raw: string }[] {
  const lower = value.toLowerCase();
  const stripped = lower.normalize('NFD').replace(/\p{Mn}/gu, '');
  // Keep accents only for the tie-break, so compare on stripped text.
  const raw = [...lower.normalize('NFC')];
  const chars = [...stripped];
  const letters: { base: string; raw: string }[] = [];
  let wordStart = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!/\p{L}/u.test(c)) wordStart = i + 1;
    const pair = c + (chars[i + 1] ?? '');
    if (DIGRAPHS.has(pair) && !(pair === 'ng' && isNPlusG(chars, i, wordStart))) {
      letters.push({ base: pair, raw: (raw[i] ?? c) + (raw[i + 1] ?? '') });
      i++;
    } else {
      letters.push({ base: c, raw: raw[i] ?? c });
    }
  }
  return letters;
}

function isNPlusG(chars: string[], i: number, wordStart: number): boolean {
  const before = chars.slice(wordStart, i).join('');
  if (before === 'lla') return true; // llan + g…
  let end = i;
  while (end < chars.length && /\p{L}/u.test(chars[end]!)) end++;
  return N_PLUS_G_WORDS.has(chars.slice(wordStart, end).join(''));
}

function rankOf(letter: string): number {
  // Non-letters (spaces, digits, punctuation) sort before letters, by code point.
  return RANK.get(letter) ?? (/\p{L}/u.test(letter) ? ORDER.length + letter.codePointAt(0)! : -1000 + letter.codePointAt(0)! / 1e6);
}

function compareWelsh(a: string, b: string): number {
  const la = welshLetters(a);
  const lb = welshLetters(b);
  const n = Math.min(la.length, lb.length);
  for (let i = 0; i < n; i++) {
    const diff = rankOf(la[i]!.base) - rankOf(lb[i]!.base);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  if (la.length !== lb.length) return la.length < lb.length ? -1 : 1;
  // Same letters: unaccented before accented (a < â), then lower before upper.
  for (let i = 0; i < n; i++) {
    const ra = la[i]!.raw;
    const rb = lb[i]!.raw;
    if (ra !== rb) return ra.length !== rb.length ? ra.length - rb.length : ra < rb ? -1 : 1;
  }
  // Case differs only: lower case first (code points put upper case first).
  return a === b ? 0 : a < b ? 1 : -1;
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
