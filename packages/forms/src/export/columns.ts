import type { Locale } from '@cydran/i18n';
import type { Answers, FormDefinition, Question } from '../definition/types.js';
import { LIKERT_SCALE, answerText, repeatItems } from '../engine/index.js';
import type { Submission } from '../storage/index.js';

/** One column of an export: its heading and how to read its cell from a submission's answers. */
export interface Column {
  heading: string;
  cell(answers: Answers): string;
}

/** The numbered heading of a repeating section's column: "Child 1: Name" / "Plentyn 1: Enw". */
function itemHeading(itemName: string, n: number, label: string): string {
  return `${itemName.charAt(0).toUpperCase()}${itemName.slice(1)} ${n}: ${label}`;
}

function cellText(question: Question, answer: unknown, locale: Locale): string {
  // ISO dates sort and import into spreadsheets unambiguously; a spelt-out Welsh month would not.
  if (question.type === 'date') return typeof answer === 'string' ? answer : '';
  return answerText(question, answer, locale);
}

function questionColumns(question: Question, locale: Locale, prefix: (label: string) => string, read: (answers: Answers) => unknown): Column[] {
  if (question.type === 'likert') {
    const scale = question.scale ?? LIKERT_SCALE;
    return question.statements.map((statement) => ({
      heading: prefix(`${question.label[locale]}: ${statement.text[locale]}`),
      cell: (answers) => {
        const answer = read(answers);
        const chosen: Record<string, unknown> = answer !== null && typeof answer === 'object' ? { ...answer } : {};
        const value = chosen[statement.id];
        if (value === undefined || value === null) return '';
        return scale.find((option) => option.value === value)?.label[locale] ?? String(value);
      },
    }));
  }
  return [{ heading: prefix(question.label[locale]), cell: (answers) => cellText(question, read(answers), locale) }];
}

/**
 * The columns for a form's submissions in one language: one per question in
 * page order (a Likert question one per statement), a repeating page's
 * questions once per item up to the most items any submission has.
 */
export function exportColumns(form: FormDefinition, submissions: readonly Submission[], locale: Locale): Column[] {
  const columns: Column[] = [];
  for (const page of form.pages) {
    if (page.repeat) {
      const itemName = page.repeat.itemName[locale];
      const most = Math.max(0, ...submissions.map((submission) => repeatItems(submission.answers, page.id).length));
      for (let index = 0; index < most; index++) {
        for (const question of page.questions) {
          columns.push(
            ...questionColumns(
              question,
              locale,
              (label) => itemHeading(itemName, index + 1, label),
              (answers) => repeatItems(answers, page.id)[index]?.[question.id],
            ),
          );
        }
      }
      continue;
    }
    for (const question of page.questions)
      columns.push(
        ...questionColumns(
          question,
          locale,
          (label) => label,
          (answers) => answers[question.id],
        ),
      );
  }
  return columns;
}
