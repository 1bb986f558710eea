import type { Locale } from './locale.js';

/** A message is a string, or a function of its parameters (plurals, names). */
export type Message = string | ((...args: never[]) => string);
export type Catalogue = Record<string, Message>;

/**
 * The shape every translation of a catalogue must have: the same keys, each
 * a string, or a function taking the same parameters. Use with `satisfies`
 * so a Welsh catalogue that misses, adds or mistypes a key fails to compile:
 *
 *   export const en = { close: 'Close', remaining: (n: number) => … };
 *   export const cy = { close: 'Cau', remaining: (n: number) => … }
 *     satisfies CatalogueOf<typeof en>;
 */
export type CatalogueOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** All translations of one catalogue. */
export type Catalogues<T> = Record<Locale, CatalogueOf<T>>;

/**
 * Checks at run time what the compiler cannot: no message is empty or only
 * white space, and function messages return text. Returns problems found, as
 * `locale.key: problem` strings, for tests to assert empty.
 */
export function catalogueProblems(catalogues: Record<Locale, object>, sampleArgs: Record<string, unknown[][]> = {}): string[] {
  const problems = new Set<string>();
  const locales = Object.keys(catalogues) as Locale[];
  const keys = new Set(locales.flatMap((l) => Object.keys(catalogues[l])));
  for (const locale of locales) {
    const catalogue = catalogues[locale] as Record<string, unknown>;
    for (const key of keys) {
      const message = catalogue[key];
      if (message === undefined) {
        problems.add(`${locale}.${key}: missing`);
        continue;
      }
      const argLists = sampleArgs[key] ?? DEFAULT_SAMPLES;
      const outputs = typeof message === 'function' ? argLists.map((args) => (message as (...a: unknown[]) => unknown)(...args)) : [message];
      for (const out of outputs) {
        if (typeof out !== 'string' || out.trim() === '') problems.add(`${locale}.${key}: empty`);
      }
    }
  }
  return [...problems];
}

/** Plural messages are tried with a number from every Welsh category. */
const DEFAULT_SAMPLES: unknown[][] = [[0], [1], [2], [3], [6], [7]];
