import type { Locale } from './locale.js';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The forms each language needs. Welsh has all six cardinal categories;
 * the type makes a Welsh catalogue that forgets one fail to compile.
 */
export interface PluralFormsByLocale {
  en: { one: string; other: string };
  cy: Record<PluralCategory, string>;
}
export type PluralForms<L extends Locale> = PluralFormsByLocale[L];

const rulesCache = new Map<string, Intl.PluralRules>();
function rules(locale: Locale, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${locale}:${type}`;
  let r = rulesCache.get(key);
  if (!r) {
    r = new Intl.PluralRules(locale, { type });
    rulesCache.set(key, r);
  }
  return r;
}

/**
 * The CLDR plural category of `n`. Chromium and Node both carry correct
 * Welsh plural rules (unlike Welsh dates, lists and sorting), so this uses
 * Intl; the tests in both runtimes pin every Welsh category.
 */
export function pluralCategory(n: number, locale: Locale, type: Intl.PluralRuleType = 'cardinal'): PluralCategory {
  return rules(locale, type).select(n) as PluralCategory;
}

/** Chooses the form of a message for `n`: `plural(n, 'cy', { zero: …, … })`. */
export function plural<L extends Locale>(n: number, locale: L, forms: PluralForms<L>): string {
  const category = pluralCategory(n, locale);
  const table = forms as Partial<Record<PluralCategory, string>>;
  return (table[category] ?? table.other ?? '').replaceAll('{n}', String(n));
}
