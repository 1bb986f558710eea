import type { CatalogueOf, Catalogues } from '@cydran/i18n';

/** Words radios and checkboxes add themselves: the divider and the yes/no fallback. */
export const en = {
  or: 'or',
  yes: 'Yes',
  no: 'No',
};

/**
 * "Ie"/"Na" are only the fallback for `yes-no` when the author gives no
 * Welsh answers: Welsh answers echo the question's verb ("Ydych chi…?" →
 * "Ydw"/"Nac ydw"), so the author should give them with `yes-cy`/`no-cy`.
 */
export const cy = {
  or: 'neu',
  yes: 'Ie',
  no: 'Na',
} satisfies CatalogueOf<typeof en>;

export const choiceMessages: Catalogues<typeof en> = { en, cy };
