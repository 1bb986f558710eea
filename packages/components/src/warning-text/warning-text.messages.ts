import type { CatalogueOf } from '@cydran/i18n';

/** <cyd-warning-text>'s own words: the standard term (docs/welsh-language.md), as GOV.UK Frontend's Welsh example uses it. */
export const en = {
  /** Said by screen readers before the warning, in place of the "!" icon. */
  warning: 'Warning',
};

export const cy = {
  warning: 'Rhybudd',
} satisfies CatalogueOf<typeof en>;

export const warningTextMessages = { en, cy };
