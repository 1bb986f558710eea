import type { CatalogueOf } from '@cydran/i18n';

/**
 * The breadcrumbs' own words. "Briwsion bara" is the Welsh GOV.UK Frontend's
 * own tests use for the landmark's label.
 */
export const en = {
  navigationLabel: 'Breadcrumb',
};

export const cy = {
  navigationLabel: 'Briwsion bara',
} satisfies CatalogueOf<typeof en>;

export const breadcrumbsMessages = { en, cy };
