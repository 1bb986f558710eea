import type { Locale } from './locale.js';
import { firstWord, isAcronym } from './mutation.js';

// Letters whose English names start with a vowel sound, for acronyms read
// letter by letter: "an MP4", "an SVG", "an HTML file", but "a PDF".
const VOWEL_SOUND_LETTER_NAMES = new Set([...'AEFHILMNORSX']);
// Vowel letters that start with a consonant sound, and a silent h.
const YOU_OR_WON = /^(?:uni|use|usu|ura|ure|uro|uti|eu|ewe|one|once|ubiq)/i;
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

function englishTakesAn(phrase: string): boolean {
  const word = firstWord(phrase);
  if (word === '') return false;
  const first = word.charAt(0);
  if (first >= '0' && first <= '9') {
    // Said aloud: "an 8", "an 80", "an 800" (eight…); "an 11", "an 18",
    // "an 11,000" (eleven, eighteen…). Every other number starts with a consonant sound.
    const whole = word.split('.')[0]!.replace(/,/g, '');
    const leadingGroup = whole.slice(0, whole.length % 3 || 3);
    return first === '8' || leadingGroup === '11' || leadingGroup === '18';
  }
  if (isAcronym(word)) return VOWEL_SOUND_LETTER_NAMES.has(first.toUpperCase());
  if (SILENT_H.test(word)) return true;
  if (YOU_OR_WON.test(word)) return false;
  return /^[aeiou]/i.test(first.normalize('NFD'));
}

/**
 * `phrase` with the indefinite article its language needs: English "a" or
 * "an" by the sound of the first word ("an image", "a PDF", "an MP4", "a
 * user", "an hour"); Welsh has no indefinite article, so Welsh text is
 * returned as it is. Acronyms are taken to be read letter by letter (NATO,
 * read as a word, would get "an"); for anything else, write the sentence.
 */
export function withIndefiniteArticle(phrase: string, locale: Locale): string {
  if (locale !== 'en' || phrase.trim() === '') return phrase;
  return `${englishTakesAn(phrase) ? 'an' : 'a'} ${phrase}`;
}
