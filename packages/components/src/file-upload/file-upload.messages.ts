import { type CatalogueOf, type Catalogues, mutate, plural, welshNa, withIndefiniteArticle } from '@cydran/i18n';

/**
 * The file upload's own words. The browser's file chooser writes "No file
 * chosen" in the browser's language, so the enhanced control hides that and
 * says it in the element's language instead.
 *
 * `fileType` gets the accepted types as a list from @cydran/i18n's
 * `formatList`, which mutates after "neu" (PDF neu ddelwedd); the message
 * adds what its own sentence needs: the soft mutation after "fod yn" (fod yn
 * ddelwedd) and the English article (an image, a PDF). Type names in capitals
 * (PDF, JPG) never mutate. A list made with `{ predicative: true }` repeats
 * "yn" and the article for every later type ("PDF neu’n ddelwedd", "a PDF or
 * an image"); the message reads right with either kind of list.
 */
export const en = {
  chooseFile: 'Choose file',
  chooseFiles: 'Choose files',
  dropFile: 'or drop file',
  dropFiles: 'or drop files',
  noFileChosen: 'No file chosen',
  filesChosen: (n: number) => plural(n, 'en', { one: '{n} file chosen', other: '{n} files chosen' }),
  /** `types` is already a list: "PDF or JPG". */
  fileType: (types: string) => `The selected file must be ${withIndefiniteArticle(types, 'en')}`,
  fileTooLarge: (size: string) => `The selected file must be smaller than ${size}`,
  fileEmpty: 'The selected file is empty',
  bytes: (n: number) => plural(n, 'en', { one: '{n} byte', other: '{n} bytes' }),
  anyImage: 'image',
  anyAudio: 'audio file',
  anyVideo: 'video',
};

export const cy = {
  chooseFile: 'Dewis ffeil',
  chooseFiles: 'Dewis ffeiliau',
  dropFile: 'neu ollwng ffeil',
  dropFiles: 'neu ollwng ffeiliau',
  noFileChosen: 'Dim ffeil wedi’i dewis',
  filesChosen: (n: number) =>
    plural(n, 'cy', {
      zero: 'Dim ffeil wedi’i dewis',
      one: '{n} ffeil wedi’i dewis',
      two: '{n} ffeil wedi’u dewis',
      few: '{n} ffeil wedi’u dewis',
      many: '{n} ffeil wedi’u dewis',
      other: '{n} ffeil wedi’u dewis',
    }),
  fileType: (types: string) => `Rhaid i’r ffeil a ddewiswyd fod yn ${mutate(types, 'predicative')}`,
  // "na" is "nag" before a vowel sound, and a number is read as a word: llai nag 8 MB (wyth), llai na 2 MB (dau).
  fileTooLarge: (size: string) => `Rhaid i’r ffeil a ddewiswyd fod yn llai ${welshNa(size)} ${size}`,
  fileEmpty: 'Mae’r ffeil a ddewiswyd yn wag',
  bytes: (n: number) =>
    plural(n, 'cy', {
      zero: '{n} beit',
      one: '{n} beit',
      two: '{n} feit', // dau feit: "dau" soft-mutates b
      few: '{n} beit',
      many: '{n} beit',
      other: '{n} beit',
    }),
  anyImage: 'delwedd',
  anyAudio: 'ffeil sain',
  anyVideo: 'fideo',
} satisfies CatalogueOf<typeof en>;

export const fileUploadMessages: Catalogues<typeof en> = { en, cy };

/** Example arguments for the catalogue checks: the accepted types as each language lists them. */
export const sampleArgs: Record<string, unknown[][]> = {
  fileType: [['PDF or image'], ['PDF neu ddelwedd']],
  fileTooLarge: [['2 MB']],
};
