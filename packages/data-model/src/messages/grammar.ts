/**
 * The little grammar the catalogues need to put an author's field name into
 * a sentence. Kept apart from the catalogues so both languages share it.
 */

/** English: a field name at the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/** Welsh: the first word of a phrase lower-cased for use mid-sentence. */
const SOFT_MUTATIONS: readonly [string, string][] = [
  // Longest first: "ll" and "rh" are single letters in Welsh.
  ['ll', 'l'],
  ['rh', 'r'],
  ['c', 'g'],
  ['p', 'b'],
  ['t', 'd'],
  ['g', ''],
  ['b', 'f'],
  ['d', 'dd'],
  ['m', 'f'],
];

/**
 * Soft mutation of the first letter of a Welsh phrase, as it follows an
 * imperative verb ("Rhowch rif GIG") or "i" ("Rhaid i rif GIG …"). The
 * letters that do not mutate (ch, dd, ff, ng, ph, th, vowels…) are left
 * alone, so an author who already wrote the mutated form is not mutated
 * twice. Proper nouns and borrowed words that resist mutation cannot be told
 * apart without a dictionary: an author who needs one gives the message
 * itself through `messages`.
 */
export function softMutate(phrase: string): string {
  const lower = phrase.toLocaleLowerCase('cy');
  if (/^(ch|dd|ff|ng|ph|th)/.test(lower)) return phrase;
  for (const [from, to] of SOFT_MUTATIONS) {
    if (lower.startsWith(from)) {
      const rest = phrase.slice(from.length);
      const wasCapital = phrase.charAt(0) !== lower.charAt(0);
      return wasCapital && to !== '' ? to.charAt(0).toUpperCase() + to.slice(1) + rest : to + rest;
    }
  }
  return phrase;
}

/** Welsh possessives and the article contract with "i": i + eich → i'ch. */
const AFTER_I: readonly [RegExp, string][] = [
  [/^eich\s+/i, "i'ch "],
  [/^ein\s+/i, "i'n "],
  [/^ei\s+/i, "i'w "],
  [/^eu\s+/i, "i'w "],
  [/^fy\s+/i, "i'm "],
  [/^yr?\s+/i, "i'r "],
];

/** "i" followed by a phrase, with contraction or mutation as Welsh needs. */
export function welshI(phrase: string): string {
  for (const [pattern, replacement] of AFTER_I) {
    if (pattern.test(phrase)) return phrase.replace(pattern, replacement);
  }
  return `i ${softMutate(phrase)}`;
}
