/**
 * The few messages the data-model catalogues have no reason for: they are
 * about a form's own controls (a none option, a file, a likert statement).
 * Welsh follows docs/welsh-language.md; listed for Welsh review in the package README.
 */
import type { Locale } from '@cydran/i18n';

type Params = { none?: string; statement?: string; size?: string; types?: string; decimals?: number };
type Catalogue = Record<FormMessageKey, (p: Params) => string>;

export type FormMessageKey =
  'numberFormat' | 'wholeNumber' | 'tooManyDecimals' | 'noneWithOthers' | 'fileRequired' | 'fileEmpty' | 'fileTooBig' | 'fileWrongType' | 'statementRequired';

const en: Catalogue = {
  numberFormat: () => 'Enter a number',
  wholeNumber: () => 'Enter a whole number',
  tooManyDecimals: (p) => `Enter a number with no more than ${p.decimals === 1 ? '1 decimal place' : `${p.decimals} decimal places`}`,
  noneWithOthers: (p) => `Select an option, or select ‘${p.none}’, not both`,
  fileRequired: () => 'Select a file',
  fileEmpty: () => 'The selected file is empty',
  fileTooBig: (p) => `The selected file must be smaller than ${p.size}`,
  fileWrongType: (p) => `The selected file must be a ${p.types}`,
  statementRequired: (p) => `Select an answer for ‘${p.statement}’`,
};

const cy: Catalogue = {
  numberFormat: () => 'Rhowch rif',
  wholeNumber: () => 'Rhowch rif cyfan',
  // "o leoedd" after the number needs no mutation rule for each numeral (dau le, tri lle).
  tooManyDecimals: (p) => `Rhowch rif gyda dim mwy ${p.decimals === 1 ? 'nag un lle degol' : `na ${p.decimals} o leoedd degol`}`,
  noneWithOthers: (p) => `Dewiswch opsiwn, neu dewiswch ‘${p.none}’, nid y ddau`,
  fileRequired: () => 'Dewiswch ffeil',
  fileEmpty: () => 'Mae’r ffeil a ddewiswyd yn wag',
  fileTooBig: (p) => `Rhaid i’r ffeil a ddewiswyd fod yn llai na ${p.size}`,
  fileWrongType: (p) => `Rhaid i’r ffeil a ddewiswyd fod yn ffeil ${p.types}`,
  statementRequired: (p) => `Dewiswch ateb ar gyfer ‘${p.statement}’`,
};

export const formMessages: Record<Locale, Catalogue> = { en, cy };

/** Words the engine shows in answers (check answers, CSV). */
export const answerWords: Record<Locale, { yes: string; no: string; item: (name: string, n: number) => string }> = {
  en: { yes: 'Yes', no: 'No', item: (name, n) => `${capitalise(name)} ${n}` },
  cy: { yes: 'Ie', no: 'Na', item: (name, n) => `${capitalise(name)} ${n}` },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
