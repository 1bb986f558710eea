import { LOCALES, type Locale, isLocale } from '@cydran/i18n';
import * as z from 'zod';
import { raise } from './text.js';

// Language names as a person or another system might send them. A Map, not
// an object: "__proto__" or "constructor" must not look like a language.
const NAMES: ReadonlyMap<string, Locale> = new Map([
  ['cymraeg', 'cy'],
  ['welsh', 'cy'],
  ['english', 'en'],
  ['saesneg', 'en'],
]);

/**
 * The language a person wants us to use: 'cy' or 'en'. Also accepts
 * language tags ("cy-GB") and the languages' names in either language.
 */
export const languagePreference = z
  .preprocess((input, ctx) => {
    if (typeof input === 'string' && input.length <= 32) {
      const text = input.trim().toLowerCase();
      const primary = text.split(/[-_]/)[0];
      if (isLocale(primary)) return primary;
      const named = NAMES.get(text);
      if (named) return named;
    }
    raise(ctx, 'languagePreferenceRequired', input);
    return input;
  }, z.enum(LOCALES))
  .meta({ title: 'Language preference', description: "'cy' for Cymraeg (Welsh), 'en' for English." });

export type LanguagePreference = z.infer<typeof languagePreference>;
