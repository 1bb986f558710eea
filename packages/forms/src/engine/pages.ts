/** Finding pages and questions, and reading conditions against answers. */
import type { Answers, Condition, FormDefinition, Page, Question } from '../definition/types.js';
import { resolveDate, todayIso } from './dates.js';

export function findPage(form: FormDefinition, pageId: string): Page {
  const page = form.pages.find((candidate) => candidate.id === pageId);
  if (!page) {
    throw new RangeError(`@cydran/forms: form '${form.id}' has no page '${pageId}'. Use one of: ${form.pages.map((p) => `'${p.id}'`).join(', ')}.`);
  }
  return page;
}

/** Every question with the page it is on. */
export function questionsOf(form: FormDefinition): { page: Page; question: Question }[] {
  return form.pages.flatMap((page) => page.questions.map((question) => ({ page, question })));
}

export function isExit(page: Page): boolean {
  return page.exit !== undefined;
}

export interface ConditionContext {
  /** 'YYYY-MM-DD' for 'today'; defaults to the local date. */
  today?: string;
}

/** Whether a condition holds. An unanswered question fails every test but `answered: false`. */
export function evaluate(condition: Condition, answers: Answers, context: ConditionContext = {}): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, context));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, context));
  if ('not' in condition) return !evaluate(condition.not, answers, context);
  const answer = answers[condition.question];
  if ('answered' in condition) return isAnswered(answer) === condition.answered;
  if (!isAnswered(answer)) return false;
  if ('equals' in condition) return Array.isArray(answer) ? answer.includes(condition.equals) : answer === condition.equals;
  if ('oneOf' in condition) {
    const list: readonly unknown[] = condition.oneOf;
    return Array.isArray(answer) ? answer.some((value) => list.includes(value)) : list.includes(answer);
  }
  const today = context.today ?? todayIso();
  if ('before' in condition) return typeof answer === 'string' && answer < resolveDate(condition.before, today);
  if ('after' in condition) return typeof answer === 'string' && answer > resolveDate(condition.after, today);
  if (typeof answer !== 'number') return false;
  return (condition.min === undefined || answer >= condition.min) && (condition.max === undefined || answer <= condition.max);
}

export function isAnswered(answer: unknown): boolean {
  if (answer === undefined || answer === null || answer === '') return false;
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

/** The question ids a condition reads. */
export function conditionQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  if ('not' in condition) return conditionQuestions(condition.not);
  return [condition.question];
}
