import { type CatalogueOf, type Catalogues, plural } from '@cydran/i18n';

/**
 * The file upload's own words. The browser's file chooser writes "No file
 * chosen" in the browser's language, so the enhanced control hides that and
 * says it in the element's language instead.
 *
 * Known limit: a type name is dropped into the sentence unmutated ("fod yn
 * PDF neu delwedd" where Welsh wants "neu ddelwedd"). Authors who accept
 * whole families (`image/*`) should give `messages='{"fileType": …}'`.
 */
export const en = {
  chooseFile: 'Choose file',
  chooseFiles: 'Choose files',
  dropFile: 'or drop file',
  dropFiles: 'or drop files',
  noFileChosen: 'No file chosen',
  filesChosen: (n: number) => plural(n, 'en', { one: '{n} file chosen', other: '{n} files chosen' }),
  /** `types` is already a list: "PDF or JPG". */
  fileType: (types: string) => `The selected file must be a ${types}`,
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
  fileType: (types: string) => `Rhaid i’r ffeil a ddewiswyd fod yn ${types}`,
  fileTooLarge: (size: string) => `Rhaid i’r ffeil a ddewiswyd fod yn llai na ${size}`,
  fileEmpty: 'Mae’r ffeil a ddewiswyd yn wag',
  bytes: (n: number) =>
    plural(n, 'cy', {
      zero: '{n} beit',
      one: '{n} beit',
      two: '{n} beit',
      few: '{n} beit',
      many: '{n} beit',
      other: '{n} beit',
    }),
  anyImage: 'delwedd',
  anyAudio: 'ffeil sain',
  anyVideo: 'fideo',
} satisfies CatalogueOf<typeof en>;

export const fileUploadMessages: Catalogues<typeof en> = { en, cy };
