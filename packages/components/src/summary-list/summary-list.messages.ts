import type { CatalogueOf } from '@cydran/i18n';

/** The summary list's own words (standard terms: docs/welsh-language.md). */
export const en = {
  change: 'Change',
  /** A missing answer's link when the author gave no words for it; the row's key follows, visually hidden. */
  enterAnswer: 'Enter an answer',
};

export const cy = {
  change: 'Newid',
  enterAnswer: 'Rhowch ateb',
} satisfies CatalogueOf<typeof en>;

export const summaryListMessages = { en, cy };
