/**
 * Where a journey goes: which pages show, which comes next, what is still
 * to answer. Pure functions of the definition and the answers so far, run
 * the same on the server and in the browser.
 */
import { type Answers, CHECK_ANSWERS, type FieldValues, type FileAnswer, type FormDefinition, type Page } from '../definition/types.js';
import { type ConditionContext, evaluate, findPage, isAnswered, isExit } from './pages.js';
import { isFileAnswer, readQuestion } from './validate.js';
import { questionValues } from './values.js';

function shows(page: Page, answers: Answers, context: ConditionContext): boolean {
  return page.showIf === undefined || evaluate(page.showIf, answers, context);
}

/** The first page from `index` on that shows, or check answers. */
function showingFrom(form: FormDefinition, answers: Answers, index: number, context: ConditionContext): string {
  for (let i = index; i < form.pages.length; i++) {
    const page = form.pages[i]!;
    if (shows(page, answers, context)) return page.id;
  }
  return CHECK_ANSWERS;
}

export function firstPageId(form: FormDefinition, answers: Answers = {}, context: ConditionContext = {}): string {
  return showingFrom(form, answers, 0, context);
}

/** The page after `currentPageId`: the first route that matches, else the next page that shows. An exit page leads nowhere: it returns itself. */
export function nextPageId(form: FormDefinition, answers: Answers, currentPageId: string, context: ConditionContext = {}): string {
  const page = findPage(form, currentPageId);
  if (isExit(page)) return page.id;
  const route = page.routes?.find((candidate) => evaluate(candidate.if, answers, context));
  if (route) {
    if (route.goTo === CHECK_ANSWERS) return CHECK_ANSWERS;
    const target = form.pages.findIndex((candidate) => candidate.id === route.goTo);
    // parseFormDefinition refuses unknown targets; a hand-built definition still never routes off the form.
    if (target !== -1) return showingFrom(form, answers, target, context);
  }
  return showingFrom(form, answers, form.pages.indexOf(page) + 1, context);
}

/** The pages the person goes through with these answers, in order, ending at check answers or an exit page. */
export function visiblePages(form: FormDefinition, answers: Answers, context: ConditionContext = {}): Page[] {
  const path: Page[] = [];
  const seen = new Set<string>();
  let id = firstPageId(form, answers, context);
  while (id !== CHECK_ANSWERS && !seen.has(id)) {
    seen.add(id);
    const page = findPage(form, id);
    path.push(page);
    if (isExit(page)) break;
    id = nextPageId(form, answers, id, context);
  }
  return path;
}

/** Where the back link goes: the page before this one on the person's path (for check answers, the last page). */
export function previousPageId(form: FormDefinition, answers: Answers, currentPageId: string, context: ConditionContext = {}): string | undefined {
  const path = visiblePages(form, answers, context);
  if (currentPageId === CHECK_ANSWERS) return path.at(-1)?.id;
  const at = path.findIndex((page) => page.id === currentPageId);
  if (at > 0) return path[at - 1]!.id;
  if (at === 0) return undefined;
  // A page off the path (reached by a stale link): back to the last path page before it in the form.
  const index = form.pages.findIndex((page) => page.id === currentPageId);
  const before = path.filter((page) => form.pages.indexOf(page) < index);
  return before.at(-1)?.id;
}

export interface RepeatState {
  count: number;
  min: number;
  max: number;
  /** Whether "Add another" is offered. */
  canAdd: boolean;
  canRemove: boolean;
  /** Fewer items than the minimum: the person must add one before going on. */
  needMore: boolean;
}

/** The items of a repeating page, stored under its id. */
export function repeatItems(answers: Answers, pageId: string): Answers[] {
  const items = answers[pageId];
  return Array.isArray(items) ? items.filter((item): item is Answers => typeof item === 'object' && item !== null && !Array.isArray(item)) : [];
}

/** The "add another" decisions for a repeating page. */
export function repeatState(form: FormDefinition, pageId: string, answers: Answers): RepeatState {
  const page = findPage(form, pageId);
  if (!page.repeat)
    throw new RangeError(`@cydran/forms: page '${pageId}' of form '${form.id}' does not repeat; give it "repeat": { "itemName": … } to ask "add another".`);
  const count = repeatItems(answers, pageId).length;
  const min = page.repeat.min ?? 1;
  const max = page.repeat.max ?? Number.POSITIVE_INFINITY;
  return { count, min, max, canAdd: count < max, canRemove: count > 0, needMore: count < min };
}

/** Whether a page's stored answers are complete and valid. */
export function pageComplete(page: Page, answers: Answers, context: ConditionContext = {}): boolean {
  const check = (item: Answers) =>
    page.questions.every((question) => {
      const answer = item[question.id];
      if (!isAnswered(answer)) return question.optional === true;
      const files: Record<string, FileAnswer> = {};
      if (question.type === 'file' && isFileAnswer(answer)) files[question.id] = answer;
      const values: FieldValues = questionValues(question, answer);
      return readQuestion(question, values, 'en', { files, ...(context.today ? { today: context.today } : {}) }).ok;
    });
  if (page.repeat) {
    const items = repeatItems(answers, page.id);
    const max = page.repeat.max ?? Number.POSITIVE_INFINITY;
    return items.length >= (page.repeat.min ?? 1) && items.length <= max && items.every(check);
  }
  return check(answers);
}

/** Whether every page on the path is answered; else the first page to go back to (an exit page if the path ends in one). */
export function canReachCheckAnswers(
  form: FormDefinition,
  answers: Answers,
  context: ConditionContext = {},
): { ok: true } | { ok: false; firstIncompletePage: string } {
  for (const page of visiblePages(form, answers, context)) {
    if (isExit(page) || !pageComplete(page, answers, context)) return { ok: false, firstIncompletePage: page.id };
  }
  return { ok: true };
}

/** The answers with those to pages no longer on the path dropped. */
export function pruneHiddenAnswers(form: FormDefinition, answers: Answers, context: ConditionContext = {}): Answers {
  let current = answers;
  // Dropping one answer can hide a later page whose condition read it: repeat until nothing changes.
  for (let round = 0; round <= form.pages.length; round++) {
    const keep = new Set<string>();
    for (const page of visiblePages(form, current, context)) {
      if (page.repeat) keep.add(page.id);
      else for (const question of page.questions) keep.add(question.id);
    }
    const next: Answers = {};
    for (const [key, value] of Object.entries(current)) if (keep.has(key)) next[key] = value;
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
  return current;
}
