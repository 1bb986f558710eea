import type { CatalogueOf } from '@cydran/i18n';

/**
 * The phase banner's own words. The sentence is the one GOV.UK services use
 * and their Welsh versions publish ("Mae hwn yn wasanaeth newydd – bydd eich
 * adborth yn ein helpu i’w wella."); it is split round the link so each
 * language keeps its own word order.
 */
export const en = {
  alpha: 'Alpha',
  beta: 'Beta',
  before: 'This is a new service – your ',
  feedback: 'feedback',
  after: ' will help us to improve it.',
  giveFeedback: 'Give your feedback',
  opensInNewTab: '(opens in new tab)',
};

export const cy = {
  alpha: 'Alffa',
  beta: 'Beta',
  before: 'Mae hwn yn wasanaeth newydd – bydd eich ',
  feedback: 'adborth',
  after: ' yn ein helpu i’w wella.',
  giveFeedback: 'Rhowch eich adborth',
  opensInNewTab: '(yn agor mewn tab newydd)',
} satisfies CatalogueOf<typeof en>;

export const phaseBannerMessages = { en, cy };
