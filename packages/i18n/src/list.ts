import type { Locale } from './locale.js';
import { withIndefiniteArticle } from './article.js';
import { mutate, welshAnd } from './mutation.js';

export type ListType = 'conjunction' | 'disjunction';

export interface ListOptions {
  /**
   * Whether Welsh may mutate an item after "a" or "neu". `false` leaves every
   * item as written; a function answers for each item, so a list can keep a
   * proper noun or loan word that resists mutation ("a Tesco") and still
   * mutate the rest. Acronyms and codes (PIN, GIG, CF10) are never mutated.
   * Default: every item may mutate.
   */
  mutate?: boolean | ((item: string) => boolean);
  /**
   * The items complete "is"/"must be" in the caller's sentence, which gives
   * the first item its own article or "yn"; every later item gets one too:
   * en "must be " + "PDF or an image"; cy "fod yn " + "PDF neu’n ddelwedd",
   * "PDF, yn JPG ac yn ddelwedd". The caller mutates or articles the first
   * item (`mutate(list, 'predicative')`, `withIndefiniteArticle(list, 'en')`).
   */
  predicative?: boolean;
}

const OR: Record<Locale, string> = { en: 'or', cy: 'neu' };

function mayMutate(item: string, option: ListOptions['mutate']): boolean {
  return typeof option === 'function' ? option(item) : option !== false;
}

/**
 * The Welsh link word and the last item as it follows it:
 * - "a" (and) before a consonant, with aspirate mutation of c, p, t
 *   (Caerdydd a Chasnewydd, bara a chaws, halen a phupur, cig a thatws);
 * - "ac" before a vowel sound, including a number read as a word that
 *   starts with one ("ac 8": wyth; "ac 11": un ar ddeg; see `startsWithVowelSound`);
 * - "neu" (or) with soft mutation (te neu goffi, PDF neu ddelwedd).
 */
function welshLink(last: string, type: ListType, options: ListOptions): string {
  if (options.predicative) return `${type === 'disjunction' ? 'neu’n' : 'ac yn'} ${welshComplement(last, options)}`;
  const mutation = type === 'disjunction' ? 'soft' : 'aspirate';
  const item = mayMutate(last, options.mutate) ? mutate(last, mutation) : last;
  const word = type === 'disjunction' ? OR.cy : welshAnd(last);
  return `${word} ${item}`;
}

/** An item after predicative "yn", with the soft mutation it causes (not of ll, rh). */
function welshComplement(item: string, options: ListOptions): string {
  return mayMutate(item, options.mutate) ? mutate(item, 'predicative') : item;
}

/** Every item but the first with its own "yn" or article, for `predicative` lists. */
function complements(list: readonly string[], locale: Locale, options: ListOptions): string[] {
  if (!options.predicative) return [...list];
  return list.map((item, index) => {
    if (index === 0) return item;
    if (locale === 'cy') return index === list.length - 1 ? item : `yn ${welshComplement(item, options)}`;
    return withIndefiniteArticle(item, locale);
  });
}

/**
 * Joins items as a sentence list, with no Oxford comma:
 * en "apples, oranges and pears"; cy "afal, banana ac oren", "Caerdydd a
 * Chasnewydd", "te neu goffi". Intl.ListFormat has no Welsh in Chromium
 * (and no Welsh mutation anywhere), so both languages are done here.
 *
 * What the Welsh rule cannot know from spelling: which capitalised words are
 * names that resist mutation (use `options.mutate`), and whether an initial
 * w or y is a consonant (it is taken as a vowel). For other sentences, write
 * them out in the catalogue.
 */
export function formatList(items: readonly string[], locale: Locale, type: ListType = 'conjunction', options: ListOptions = {}): string {
  const list = complements(
    items.filter((item) => item !== ''),
    locale,
    options,
  );
  if (list.length === 0) return '';
  if (list.length === 1) return list[0]!;
  const last = list[list.length - 1]!;
  const head = list.slice(0, -1).join(', ');
  if (locale === 'cy') return `${head} ${welshLink(last.trim(), type, options)}`;
  return `${head} ${type === 'disjunction' ? OR[locale] : 'and'} ${last}`;
}
