import type { CatalogueOf } from '@cydran/i18n';

/**
 * A task's status, in both languages (docs/welsh-language.md standard terms).
 * "Wedi’i gwblhau" agrees with a masculine noun; a service whose tasks are
 * feminine (tasg, adran) gives "Wedi’i chwblhau" with `completed-text-cy`.
 */
export const en = {
  completed: 'Completed',
  inProgress: 'In progress',
  notStarted: 'Not yet started',
  cannotStart: 'Cannot start yet',
  incomplete: 'Incomplete',
};

export const cy = {
  completed: 'Wedi’i gwblhau',
  inProgress: 'Ar y gweill',
  notStarted: 'Heb ddechrau',
  cannotStart: 'Methu dechrau eto',
  incomplete: 'Anghyflawn',
} satisfies CatalogueOf<typeof en>;

export const taskListMessages = { en, cy };
