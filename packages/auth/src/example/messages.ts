import type { CatalogueOf, Catalogues } from '@cydran/i18n';

/** The example council service's own words (its start page); the form brings its own. */
export const en = {
  organisation: 'Example Council',
  copyright: '© Example Council',
  intro: 'Sign in to report a missed bin collection and to see the reports you have sent.',
  signedInAs: (email: string) => `You are signed in as ${email}.`,
  start: 'Start now',
  yourReports: 'Your reports',
  noReports: 'You have not sent any reports yet.',
};

export const cy = {
  organisation: 'Cyngor Enghreifftiol',
  copyright: '© Cyngor Enghreifftiol',
  intro: 'Mewngofnodwch i roi gwybod am gasgliad bin a fethwyd ac i weld yr adroddiadau rydych wedi’u hanfon.',
  signedInAs: (email: string) => `Rydych wedi mewngofnodi fel ${email}.`,
  start: 'Dechrau nawr',
  yourReports: 'Eich adroddiadau',
  noReports: 'Nid ydych wedi anfon unrhyw adroddiadau eto.',
} satisfies CatalogueOf<typeof en>;

export const exampleMessages: Catalogues<typeof en> = { en, cy };
