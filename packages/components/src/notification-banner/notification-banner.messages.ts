import type { CatalogueOf } from '@cydran/i18n';

/** The banner's default titles: the standard terms (docs/welsh-language.md), as in GOV.UK Frontend's Welsh example ("Pwysig"). */
export const en = {
  important: 'Important',
  success: 'Success',
};

export const cy = {
  important: 'Pwysig',
  success: 'Llwyddiant',
} satisfies CatalogueOf<typeof en>;

export const notificationBannerMessages = { en, cy };
