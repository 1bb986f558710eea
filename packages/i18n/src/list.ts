import type { Locale } from './locale.js';

export type ListType = 'conjunction' | 'disjunction';

/**
 * Welsh uses "ac" before a vowel sound and "a" otherwise. We decide on the
 * first letter only (a e i o u w y, with or without a circumflex or other
 * accent). Known limits, documented in the README: "a" also causes aspirate
 * mutation (a + cig → a chig) which we do not apply to arbitrary words, and
 * "w"/"y" are sometimes consonants. For exact Welsh, write the sentence.
 */
const WELSH_VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i;

function welshAnd(next: string): string {
  return WELSH_VOWEL.test(next.trim()) ? 'ac' : 'a';
}

const OR: Record<Locale, string> = { en: 'or', cy: 'neu' };

/**
 * Joins items as a sentence list, with no Oxford comma:
 * en "apples, oranges and pears"; cy "afal, banana ac oren"; "neu" for or.
 * Intl.ListFormat has no Welsh in Chromium, so both languages are done here.
 */
export function formatList(items: readonly string[], locale: Locale, type: ListType = 'conjunction'): string {
  const list = items.filter((item) => item !== '');
  if (list.length === 0) return '';
  if (list.length === 1) return list[0]!;
  const last = list[list.length - 1]!;
  const head = list.slice(0, -1).join(', ');
  let word: string;
  if (type === 'disjunction') word = OR[locale];
  else word = locale === 'cy' ? welshAnd(last) : 'and';
  return `${head} ${word} ${last}`;
}
