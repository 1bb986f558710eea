/**
 * The form the page-load benchmark puts in front of each library: the same
 * questions, the same two server errors, in each library's own markup.
 *
 * 100 questions: 70 text inputs, 10 radio groups (3 options), 10 checkbox
 * groups (4 options) and 10 date inputs, under an error summary listing two
 * problems (question 1, a text input, and question 8, a radio group) that
 * are also shown inline, and a Continue button: the page as a service shows
 * it again after a submission with two wrong answers.
 */
import type { Locale } from '@cydran/i18n';

type Bilingual = Record<Locale, string>;

export type FieldKind = 'text' | 'radios' | 'checkboxes' | 'date';

export interface Field {
  kind: FieldKind;
  /** Submitted name and the (first) control's id. */
  name: string;
  label: Bilingual;
  hint?: Bilingual;
  options?: { value: string; label: Bilingual }[];
  error?: Bilingual;
}

export const FIELD_COUNT = 100;

/** Which kind question `n` (from 1) is: seven text inputs, then radios, checkboxes and a date, repeated. */
function kindOf(n: number): FieldKind {
  const place = (n - 1) % 10;
  return place < 7 ? 'text' : place === 7 ? 'radios' : place === 8 ? 'checkboxes' : 'date';
}

const LETTERS = ['A', 'B', 'C', 'D'];

function optionsFor(kind: FieldKind): Field['options'] {
  const count = kind === 'radios' ? 3 : kind === 'checkboxes' ? 4 : 0;
  return count
    ? LETTERS.slice(0, count).map((letter) => ({ value: letter.toLowerCase(), label: { en: `Option ${letter}`, cy: `Dewis ${letter}` } }))
    : undefined;
}

function errorFor(n: number, kind: FieldKind): Bilingual | undefined {
  if (n === 1) return { en: 'Enter an answer to question 1', cy: 'Rhowch ateb i gwestiwn 1' };
  if (n === 8 && kind === 'radios') return { en: 'Select an answer to question 8', cy: 'Dewiswch ateb i gwestiwn 8' };
  return undefined;
}

/** The first `count` questions of the benchmark form. */
export function formFields(count = FIELD_COUNT): Field[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const kind = kindOf(n);
    return {
      kind,
      name: `q${n}`,
      label: { en: `Question ${n}`, cy: `Cwestiwn ${n}` },
      hint:
        kind === 'date'
          ? { en: 'For example, 27 3 2007', cy: 'Er enghraifft, 27 3 2007' }
          : n % 5 === 0
            ? { en: `Hint for question ${n}`, cy: `Awgrym ar gyfer cwestiwn ${n}` }
            : undefined,
      options: optionsFor(kind),
      error: errorFor(n, kind),
    };
  });
}

export const errorsOf = (fields: Field[]) => fields.filter((field): field is Field & { error: Bilingual } => field.error !== undefined);

/** Text for an HTML attribute value in double quotes, or for element content. */
export function escapeHTML(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const TITLE: Bilingual = { en: 'Apply for a permit', cy: 'Gwneud cais am drwydded' };
