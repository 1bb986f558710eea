/** Stored answers back to the posted fields that give them: the inverse of validatePage. */
import type { Answers, FieldValues, FormDefinition, Question } from '../definition/types.js';
import { findPage } from './pages.js';
import { ADDRESS_PARTS } from './validate.js';

export function questionValues(question: Question, answer: unknown): FieldValues {
  const values: FieldValues = {};
  const id = question.id;
  if (answer === undefined || answer === null) return values;
  switch (question.type) {
    case 'date':
      if (typeof answer === 'string') {
        const [year = '', month = '', day = ''] = answer.split('-');
        values[`${id}-day`] = String(Number(day));
        values[`${id}-month`] = String(Number(month));
        values[`${id}-year`] = year;
      }
      break;
    case 'yes-no':
      if (typeof answer === 'boolean') values[id] = answer ? 'yes' : 'no';
      break;
    case 'many-of':
      if (Array.isArray(answer)) values[id] = answer.map(String);
      break;
    case 'likert':
      if (typeof answer === 'object' && !Array.isArray(answer)) {
        for (const [statement, value] of Object.entries(answer)) if (typeof value === 'string') values[`${id}.${statement}`] = value;
      }
      break;
    case 'address':
      if (typeof answer === 'object' && !Array.isArray(answer)) {
        const parts: Record<string, unknown> = { ...answer };
        for (const part of ADDRESS_PARTS) if (typeof parts[part] === 'string') values[`${id}-${part}`] = String(parts[part]);
      }
      break;
    case 'file':
      // A file is never posted back as text; the runner shows the stored file's name.
      break;
    default:
      if (typeof answer === 'string' || typeof answer === 'number') values[id] = String(answer);
  }
  return values;
}

/** The field values that show a page's stored answers (for a repeating page, pass the item). */
export function valuesFromAnswers(form: FormDefinition, pageId: string, answers: Answers): FieldValues {
  const values: FieldValues = {};
  for (const question of findPage(form, pageId).questions) Object.assign(values, questionValues(question, answers[question.id]));
  return values;
}
