import type { CatalogueOf, Catalogues } from '@cydran/i18n';

/**
 * The toggle reads "Show" on screen with "password" in visually hidden text,
 * so a screen reader hears "Show password" and sighted people see one short
 * word that fits beside the box on a phone.
 */
export const en = {
  show: 'Show',
  hide: 'Hide',
  /** Visually hidden, after "Show"/"Hide", with its own leading space. */
  passwordNoun: ' password',
  nowVisible: 'Your password is visible',
  nowHidden: 'Your password is hidden',
};

export const cy = {
  show: 'Dangos',
  hide: 'Cuddio',
  passwordNoun: ' cyfrinair',
  nowVisible: 'Mae eich cyfrinair yn weladwy',
  nowHidden: 'Mae eich cyfrinair wedi’i guddio',
} satisfies CatalogueOf<typeof en>;

export const passwordInputMessages: Catalogues<typeof en> = { en, cy };
