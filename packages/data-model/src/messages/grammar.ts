/**
 * The little grammar the catalogues need to put an author's field name into
 * a sentence. Kept apart from the catalogues so both languages share it; the
 * mutation table itself is @cydran/i18n's, shared with its lists.
 */
import { firstWord, isAcronym, mutate, mutates } from '@cydran/i18n';

/** English: a field name at the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/**
 * Soft mutation of an author's Welsh field name, as it follows an imperative
 * verb ("Rhowch rif GIG") or "i" ("Rhaid i rif GIG …"). The rule:
 * - a phrase starting with an acronym or code (PIN, GIG, CF10) is used as
 *   written: Welsh does not mutate them;
 * - "fy …" is used as written: "fy" does not mutate, and the word after it
 *   takes nasal mutation, which the author has already written
 *   ("fy nghyfeiriad");
 * - letters soft mutation leaves alone (vowels, ch, dd, ff, ng, ph, th) are
 *   used as written, so an author who wrote the mutated form is not mutated
 *   twice;
 * - a lower-case first word is mutated (rhif → rif, cyfeiriad → gyfeiriad);
 * - a capitalised first word that would mutate is taken as a proper noun
 *   (Cyngor Caerdydd, Canolfan Byd Gwaith), which mutation could wrongly
 *   change, so there is no safe form: this returns undefined and the message
 *   is phrased to need none. An author whose capitalised name should mutate
 *   says so with `mutate: true`; `mutate: false` keeps any name as written.
 */
export function softMutated(phrase: string, mutateField?: boolean): string | undefined {
  const word = firstWord(phrase);
  if (isAcronym(word) || /^fy$/i.test(word) || !mutates(phrase, 'soft')) return phrase;
  if (mutateField === true) return mutate(phrase, 'soft');
  const capitalised = word.charAt(0) !== word.charAt(0).toLocaleLowerCase('cy');
  return mutateField === false || capitalised ? undefined : mutate(phrase, 'soft');
}

/** Welsh possessives and the article contract with "i": i + eich → i'ch. */
const AFTER_I: readonly [RegExp, string][] = [
  [/^eich\s+/i, "i'ch "],
  [/^ein\s+/i, "i'n "],
  [/^ei\s+/i, "i'w "],
  [/^eu\s+/i, "i'w "],
  [/^yr?\s+/i, "i'r "],
];
// "i" + "fy" contracts to "i'm", which drops the nasal mutation "fy" caused
// (fy nghyfeiriad → i'm cyfeiriad). Undoing a mutation is guesswork (fy mrawd
// is brawd, fy mam is mam), so a "fy" phrase takes the wording below instead.
const FY = /^fy\s+/i;

/**
 * "i" followed by a field name, with contraction or mutation as Welsh
 * needs ("i'ch rhif GIG", "i rif GIG y claf"). A name that cannot be mutated
 * safely, and a "fy …" name, becomes the complement of "yr ateb ar gyfer", which takes no
 * mutation: "i'r ateb ar gyfer Rhif Cyngor fod yn …".
 */
export function welshI(phrase: string, mutateField?: boolean): string {
  for (const [pattern, replacement] of AFTER_I) {
    if (pattern.test(phrase)) return phrase.replace(pattern, replacement);
  }
  const mutated = FY.test(phrase) ? undefined : softMutated(phrase, mutateField);
  return mutated === undefined ? `i'r ateb ar gyfer ${phrase}` : `i ${mutated}`;
}

/**
 * A field name after a word that soft-mutates it ("Rhowch", "Dewiswch"):
 * mutated, or when that is not safe, after "ateb ar gyfer" (an answer for),
 * which needs no mutation: "Rhowch ateb ar gyfer Rhif Cyngor".
 */
export function afterSoftMutation(phrase: string, mutateField?: boolean, answer = 'ateb'): string {
  return softMutated(phrase, mutateField) ?? `${answer} ar gyfer ${phrase}`;
}
