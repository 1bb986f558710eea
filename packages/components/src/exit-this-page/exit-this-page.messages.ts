import type { CatalogueOf } from '@cydran/i18n';

/**
 * <cyd-exit-this-page>'s own words. "Gadael y dudalen hon" is the standard
 * term (docs/welsh-language.md) and "Argyfwng" the hidden word Welsh GOV.UK
 * services put before it; the Shift announcements are GOV.UK Frontend's
 * Welsh for this component. The instructions put the same words together.
 */
export const en = {
  exitThisPage: 'Exit this page',
  /** Heard before the button's words, not seen: "Emergency Exit this page". */
  emergency: 'Emergency',
  /** Heard as the button's description once the shortcut works. */
  instructions: 'Press Shift 3 times to exit this page.',
  /** Announced while the page is being left. */
  activated: 'Loading.',
  timedOut: 'Exit this page expired.',
  pressTwoMoreTimes: 'Shift, press 2 more times to exit.',
  pressOneMoreTime: 'Shift, press 1 more time to exit.',
};

export const cy = {
  exitThisPage: 'Gadael y dudalen hon',
  emergency: 'Argyfwng',
  instructions: 'Pwyswch ‘Shift’ 3 gwaith i adael y dudalen hon.',
  activated: 'Tudalen ymadael',
  timedOut: 'Wedi’i amseru',
  pressTwoMoreTimes: 'Pwyswch ‘Shift’ 2 gwaith arall',
  pressOneMoreTime: 'Pwyswch ‘Shift’ 1 mwy o amser',
} satisfies CatalogueOf<typeof en>;

export const exitThisPageMessages = { en, cy };
