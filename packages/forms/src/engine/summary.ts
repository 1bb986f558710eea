/** Answers as text in one language: check answers, CSV exports, notifications. */
import { type Locale, formatDate, formatList } from '@cydran/i18n';
import type { Answers, FileAnswer, FormDefinition, Question } from '../definition/types.js';
import { answerWords } from './messages.js';
import { repeatItems, visiblePages } from './navigation.js';
import { type ConditionContext, isAnswered } from './pages.js';
import { ADDRESS_PARTS, LIKERT_SCALE, NONE_VALUE } from './validate.js';

export interface SummaryRow {
  pageId: string;
  questionId: string;
  label: string;
  /** Display text; '' for a question left unanswered. */
  value: string;
  /** For a repeating page: the item's position, from 0. */
  index?: number;
}

/** Display text for one answer. */
export function answerText(question: Question, answer: unknown, locale: Locale): string {
  if (!isAnswered(answer)) return '';
  switch (question.type) {
    case 'date':
      return typeof answer === 'string' ? formatDate(answer, locale) : '';
    case 'yes-no': {
      const labels = question.labels ? { yes: question.labels.yes[locale], no: question.labels.no[locale] } : answerWords[locale];
      return answer === true ? labels.yes : labels.no;
    }
    case 'one-of':
      return question.options.find((option) => option.value === answer)?.label[locale] ?? String(answer);
    case 'many-of': {
      const chosen = Array.isArray(answer) ? answer : [];
      const labels = chosen.map((value) =>
        value === NONE_VALUE && question.noneOption
          ? question.noneOption[locale]
          : (question.options.find((option) => option.value === value)?.label[locale] ?? String(value)),
      );
      return formatList(labels, locale);
    }
    case 'likert': {
      const scale = question.scale ?? LIKERT_SCALE;
      const chosen: Record<string, unknown> = typeof answer === 'object' && answer !== null ? { ...answer } : {};
      return question.statements
        .filter((statement) => chosen[statement.id] !== undefined)
        .map(
          (statement) =>
            `${statement.text[locale]}: ${scale.find((option) => option.value === chosen[statement.id])?.label[locale] ?? String(chosen[statement.id])}`,
        )
        .join('\n');
    }
    case 'address': {
      const parts: Record<string, unknown> = typeof answer === 'object' && answer !== null ? { ...answer } : {};
      return ADDRESS_PARTS.map((part) => parts[part])
        .filter((line): line is string => typeof line === 'string' && line !== '')
        .join('\n');
    }
    case 'file': {
      const file: Partial<FileAnswer> = typeof answer === 'object' && answer !== null ? { ...answer } : {};
      return file.name ?? '';
    }
    default:
      return String(answer);
  }
}

/** One row per question on the person's path, in order; repeating pages give a row per item and question. Lines of an address or a likert are separated by '\n'. */
export function answerSummary(form: FormDefinition, answers: Answers, locale: Locale, context: ConditionContext = {}): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const page of visiblePages(form, answers, context)) {
    if (page.repeat) {
      repeatItems(answers, page.id).forEach((item, index) => {
        const prefix = answerWords[locale].item(page.repeat!.itemName[locale], index + 1);
        for (const question of page.questions) {
          rows.push({
            pageId: page.id,
            questionId: question.id,
            label: `${prefix}: ${question.label[locale]}`,
            value: answerText(question, item[question.id], locale),
            index,
          });
        }
      });
      continue;
    }
    for (const question of page.questions) {
      rows.push({ pageId: page.id, questionId: question.id, label: question.label[locale], value: answerText(question, answers[question.id], locale) });
    }
  }
  return rows;
}
