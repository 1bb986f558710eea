import type { CatalogueOf } from '@cydran/i18n';

/**
 * <cyd-panel>'s own words. The Welsh is GOV.UK Frontend's Welsh example of
 * the confirmation panel ("Eich rhif cyfeirnod").
 */
export const en = {
  /** Said and shown before the reference number. */
  referenceLabel: 'Your reference number',
};

export const cy = {
  referenceLabel: 'Eich rhif cyfeirnod',
} satisfies CatalogueOf<typeof en>;

export const panelMessages = { en, cy };
