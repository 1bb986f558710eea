/**
 * How both runners ask each question: the settings they give Cydran's
 * elements, so the server's pages and the client runner's are the same
 * fields with the same words. Property names as the elements' specs spell
 * them (the server writes them as lower-case attributes).
 */
import type { Question, Text } from '../definition/types.js';
import { answerWords } from './messages.js';

export type ControlSettings = Record<string, string>;

/** Each text-like type's `<cyd-text-input>`. */
export const TEXT_INPUT_SETTINGS: Partial<Record<Question['type'], ControlSettings>> = {
  text: {},
  email: { type: 'email', autocomplete: 'email', spellCheck: 'false', autoCapitalize: 'none' },
  phone: { type: 'tel', autocomplete: 'tel', width: '20' },
  postcode: { autocomplete: 'postal-code', width: '10', autoCapitalize: 'characters' },
  name: { autocomplete: 'name', spellCheck: 'false' },
  'nhs-number': { inputmode: 'numeric', width: '10', spellCheck: 'false' },
  'ni-number': { width: '10', spellCheck: 'false', autoCapitalize: 'characters' },
  number: { inputmode: 'decimal', width: '10', spellCheck: 'false' },
};

/** An address's parts, in the order the engine reads them (ADDRESS_PARTS), with their labels. */
export const ADDRESS_FIELDS: readonly { part: string; label: Text; autocomplete?: string; width?: string }[] = [
  { part: 'line1', label: { en: 'Address line 1', cy: 'Llinell gyntaf y cyfeiriad' }, autocomplete: 'address-line1' },
  { part: 'line2', label: { en: 'Address line 2 (optional)', cy: 'Ail linell y cyfeiriad (dewisol)' }, autocomplete: 'address-line2' },
  { part: 'town', label: { en: 'Town or city', cy: 'Tref neu ddinas' }, autocomplete: 'address-level2', width: 'two-thirds' },
  { part: 'county', label: { en: 'County (optional)', cy: 'Sir (dewisol)' }, width: 'two-thirds' },
  { part: 'postcode', label: { en: 'Postcode', cy: 'Cod post' }, autocomplete: 'postal-code', width: '10' },
];

/** The first, empty option of a select or autocomplete. */
export const SELECT_PROMPT: Text = { en: 'Select an option', cy: 'Dewiswch opsiwn' };

/** Without the author's verb-echo answers (Oes / Nac oes), the plain pair every Welsh form may use. */
export const YES_LABEL: Text = { en: answerWords.en.yes, cy: answerWords.cy.yes };
export const NO_LABEL: Text = { en: answerWords.en.no, cy: answerWords.cy.no };

/** A rating's end point: its number and the author's words for it. */
export function ratingLabel(n: number, text: Text): Text {
  return { en: `${n} – ${text.en ?? ''}`, cy: `${n} – ${text.cy ?? ''}` };
}
