import { compare } from './collate.js';
import type { Locale } from './locale.js';
import { type Mutation, mutate } from './mutation.js';

/**
 * Letters that are not a base letter plus a combining accent, so Unicode
 * decomposition leaves them alone; folded as a person typing on an English
 * keyboard would write them.
 */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ı', 'i'],
]);

/** Apostrophes and quotation marks people type in either form. */
const APOSTROPHES: ReadonlySet<string> = new Set(['\u2019', '\u2018', '\u02BC', '`', '\u00B4']);
/** Dashes and hyphens, which people type as a space as often as a hyphen (Pen-y-bont, Pen y bont). */
const DASHES: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '_']);

const isMark = (c: string) => /\p{M}/u.test(c);
const isSpace = (c: string) => /\s/u.test(c);

/**
 * Text as a search compares it: lower case in `locale`, accents gone (ŵ → w,
 * ŷ → y, â → a, ô → o, ë → e, and every other letter with a combining mark),
 * one apostrophe (’ → '), hyphens and dashes read as spaces, white space
 * collapsed and trimmed. "Pen-y-bont ar Ogwr" and "pen y bont ar ogwr" fold
 * the same; so do "Ynys Môn" and "ynys mon", "Caerdydd a’r Fro" and
 * "caerdydd a'r fro".
 *
 * Works the same in Node and in the browser: it needs no Welsh `Intl` data
 * (Chromium has none), only Unicode normalisation.
 */
export function foldForSearch(text: string, locale: Locale): string {
  let folded = '';
  let pendingSpace = false;
  for (const c of text.toLocaleLowerCase(locale).normalize('NFD')) {
    if (isMark(c)) continue;
    if (isSpace(c) || DASHES.has(c)) {
      pendingSpace = folded !== '';
      continue;
    }
    if (pendingSpace) folded += ' ';
    pendingSpace = false;
    folded += APOSTROPHES.has(c) ? "'" : (LETTER_FOLDS.get(c) ?? c);
  }
  return folded;
}

/** Where a search matched: at the very start of the text, or at the start of a later word. */
export type SearchMatch = 'start' | 'word';

const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The mutations a Welsh word takes at the start: a name after "Sir", "i", "yng", "a" (Sir Gaerfyrddin, yng Nghaerdydd). */
const MUTATIONS: readonly Mutation[] = ['soft', 'nasal', 'aspirate'];
/** Mutated forms are tried from this many letters: "c" finding every word in g- would drown the list. */
const MUTATED_FROM = 3;

/** The folded query, and in Welsh its mutated forms: "caerf" is also "gaerf", "nghaerf", "chaerf". */
function needlesOf(query: string, locale: Locale): string[] {
  const needle = foldForSearch(query, locale);
  if (locale !== 'cy' || needle.replaceAll(' ', '').length < MUTATED_FROM) return needle === '' ? [] : [needle];
  return [...new Set([needle, ...MUTATIONS.map((mutation) => mutate(needle, mutation))])];
}

/**
 * Whether `query` matches `text` the way a person expects a list to narrow
 * as they type: the folded query is the beginning of a word in the folded
 * text ("caerd" matches "Caerdydd", "mon" matches "Ynys Môn", "bro morg"
 * matches "Cyngor Bro Morgannwg"), never the middle of a word ("rdydd"
 * matches nothing). Case, accents, apostrophes and hyphens are ignored
 * (see `foldForSearch`). An empty query matches nothing.
 *
 * In Welsh a word also matches in its mutated forms, from three letters
 * typed: "caerf" finds "Sir Gaerfyrddin", "penf" "Sir Benfro", "myn" "Sir
 * Fynwy", "dinb" "Sir Ddinbych" (soft, nasal and aspirate mutation, by
 * `mutate`'s table). Such a match is a later-word match, never 'start'.
 */
export function searchMatch(text: string, query: string, locale: Locale): SearchMatch | null {
  const needles = needlesOf(query, locale);
  if (needles.length === 0) return null;
  const haystack = foldForSearch(text, locale);
  let found: SearchMatch | null = null;
  needles.forEach((needle, index) => {
    for (let at = haystack.indexOf(needle); at !== -1 && found !== 'start'; at = haystack.indexOf(needle, at + 1)) {
      if (at === 0 && index === 0) found = 'start';
      else if (at === 0 || !isWordCharacter(haystack[at - 1])) found ??= 'word';
    }
  });
  return found;
}

/**
 * The text from the first word where `query` matches ("Caerdydd" in "Cyngor
 * Caerdydd"): what a later-word match sorts by, so "caer" lists Cyngor
 * Caerdydd, Cyngor Sir Caerfyrddin, Cyngor Bwrdeistref Sirol Caerffili in
 * the order of the words typed for, not of "Cyngor …".
 */
function fromMatchingWord(text: string, query: string, locale: Locale): string {
  const needles = needlesOf(query, locale);
  for (let at = 1; at < text.length; at++) {
    if (isWordCharacter(text[at - 1]) || !isWordCharacter(text[at])) continue;
    const rest = text.slice(at);
    const folded = foldForSearch(rest, locale);
    if (needles.some((needle) => folded.startsWith(needle))) return rest;
  }
  return text;
}

/**
 * The items that match `query`, best first: those whose text starts with it,
 * in the alphabetical order of `locale` (`compare`: Welsh order for 'cy', so
 * "Llandudno" comes after "Lydstep"), then those with a later word that
 * does, in that order of the text from that word (then of the whole text).
 * `textOf` gives the text to search and sort by.
 */
export function searchItems<T>(items: Iterable<T>, query: string, locale: Locale, textOf: (item: T) => string): T[] {
  const starts: { item: T; text: string; key: string }[] = [];
  const words: { item: T; text: string; key: string }[] = [];
  for (const item of items) {
    const text = textOf(item);
    const match = searchMatch(text, query, locale);
    if (match === 'start') starts.push({ item, text, key: text });
    else if (match === 'word') words.push({ item, text, key: fromMatchingWord(text, query, locale) });
  }
  const order = (a: { text: string; key: string }, b: { text: string; key: string }) => compare(a.key, b.key, locale) || compare(a.text, b.text, locale);
  return [...starts.sort(order), ...words.sort(order)].map((entry) => entry.item);
}
