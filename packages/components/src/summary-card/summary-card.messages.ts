import type { CatalogueOf } from '@cydran/i18n';

/** The summary card's own words: its actions' default wording (standard terms: docs/welsh-language.md). */
export const en = {
  change: 'Change',
  delete: 'Delete',
};

export const cy = {
  change: 'Newid',
  delete: 'Dileu',
} satisfies CatalogueOf<typeof en>;

export const summaryCardMessages = { en, cy };
