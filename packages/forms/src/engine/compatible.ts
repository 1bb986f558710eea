/** Whether answers saved against one version of a form still fit another. */
import type { Answers, FieldValues, FileAnswer, FormDefinition, Question } from '../definition/types.js';
import { answerShape } from '../definition/answers.js';
import { questionsOf } from './pages.js';
import { isFileAnswer, readQuestion } from './validate.js';
import { questionValues } from './values.js';

/** Why a stored answer no longer fits its question ('' when it fits). */
export function answerMisfit(question: Question, answer: unknown): string {
  if (question.type === 'one-of' && typeof answer === 'string' && !question.options.some((option) => option.value === answer))
    return `option '${String(answer)}' is no longer offered`;
  if (question.type === 'many-of' && Array.isArray(answer)) {
    const gone = answer.filter((value) => value !== 'none' && !question.options.some((option) => option.value === value));
    if (gone.length > 0) return `option ${gone.map((value) => `'${String(value)}'`).join(', ')} is no longer offered`;
  }
  const shape = answerShape(question).safeParse(answer);
  if (!shape.success) return `its answer no longer fits a '${question.type}' question`;
  const files: Record<string, FileAnswer> = {};
  if (question.type === 'file' && isFileAnswer(answer)) files[question.id] = answer;
  const values: FieldValues = questionValues(question, answer);
  if (!readQuestion(question, values, 'en', { files }).ok) return 'its answer breaks the question’s rules now';
  return '';
}

/** Problems resuming `answers` saved under `savedVersion` against `form`; none when the version is the same. */
export function checkCompatible(form: FormDefinition, savedVersion: number, answers: Answers): { ok: true } | { ok: false; problems: string[] } {
  if (savedVersion === form.version) return { ok: true };
  const problems: string[] = [];
  const questions = new Map(questionsOf(form).map((entry) => [entry.question.id, entry]));
  const repeating = new Map(form.pages.filter((page) => page.repeat).map((page) => [page.id, page]));
  const check = (id: string, answer: unknown, where: string) => {
    const entry = questions.get(id);
    if (!entry) {
      problems.push(`${where}question '${id}' was answered in version ${savedVersion} but version ${form.version} has no such question`);
      return;
    }
    const misfit = answerMisfit(entry.question, answer);
    if (misfit) problems.push(`${where}page '${entry.page.id}', question '${id}': ${misfit} in version ${form.version}`);
  };
  for (const [key, answer] of Object.entries(answers)) {
    const page = repeating.get(key);
    if (page) {
      if (!Array.isArray(answer)) {
        problems.push(`page '${key}' repeats in version ${form.version} but its saved answer is not a list`);
        continue;
      }
      answer.forEach((item: unknown, index: number) => {
        if (typeof item !== 'object' || item === null) return;
        for (const [id, value] of Object.entries(item)) check(id, value, `page '${key}' item ${index + 1}: `);
      });
      continue;
    }
    check(key, answer, '');
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
