/**
 * The shape of a complete submission as zod and as JSON Schema. The server
 * revalidates every stored submission with `submissionSchema`, which reads
 * the same engine the pages do, so a page skipped by a route cannot be
 * required and an answer the person never saw cannot sneak in.
 */
import * as z from 'zod';
import {
  address,
  emailAddress,
  nationalInsuranceNumber,
  nhsNumber,
  postcode,
  toJSONSchema as dataModelJSONSchema,
  ukPhoneNumber,
  type JsonSchemaOptions,
} from '@cydran/data-model';
import type { Answers, FieldValues, FileAnswer, FormDefinition, Question } from './types.js';
import { visiblePages, repeatItems } from '../engine/navigation.js';
import { isAnswered, isExit } from '../engine/pages.js';
import { LIKERT_SCALE, NONE_VALUE, isFileAnswer, readQuestion } from '../engine/validate.js';
import { questionValues } from '../engine/values.js';

const fileAnswer = z.object({ name: z.string(), type: z.string(), size: z.number().int().nonnegative(), sha256: z.string(), storageKey: z.string() });

function choice(values: readonly string[]) {
  const [first, ...rest] = values;
  return first === undefined ? z.never() : z.enum([first, ...rest]);
}

/** The stored answer of one question (the engine's parsed value, not the posted fields). */
export function answerShape(question: Question): z.ZodType {
  switch (question.type) {
    case 'text':
    case 'long-text':
    case 'comment':
      return question.maxLength === undefined ? z.string().min(1) : z.string().min(1).max(question.maxLength);
    case 'name':
      return z.string().min(1);
    case 'email':
      return emailAddress;
    case 'phone':
      return ukPhoneNumber;
    case 'postcode':
      return postcode;
    case 'nhs-number':
      return nhsNumber;
    case 'ni-number':
      return nationalInsuranceNumber;
    case 'address':
      return address;
    case 'number': {
      let schema = z.number();
      if (question.min !== undefined) schema = schema.min(question.min);
      if (question.max !== undefined) schema = schema.max(question.max);
      return (question.decimals ?? 0) === 0 ? schema.int() : schema;
    }
    case 'date':
      return z.iso.date();
    case 'yes-no':
      return z.boolean();
    case 'one-of':
      return choice(question.options.map((option) => option.value));
    case 'many-of':
      return z.array(choice([...question.options.map((option) => option.value), ...(question.noneOption ? [NONE_VALUE] : [])])).min(1);
    case 'file':
      return fileAnswer;
    case 'rating':
      return question.scale === '1-5' ? z.number().int().min(1).max(5) : z.number().int().min(0).max(10);
    case 'likert': {
      const scale = choice((question.scale ?? LIKERT_SCALE).map((option) => option.value));
      return z.strictObject(Object.fromEntries(question.statements.map((statement) => [statement.id, scale.optional()])));
    }
  }
}

function describe(schema: z.ZodType, question: Question): z.ZodType {
  return schema.meta({ title: question.label.en, description: question.hint?.en });
}

/** Every answer the form can hold, each optional: which are required depends on the path, checked by submissionSchema's refinement. */
function answersObject(form: FormDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const page of form.pages) {
    if (isExit(page)) continue;
    if (page.repeat) {
      const item: Record<string, z.ZodType> = {};
      for (const question of page.questions) item[question.id] = describe(answerShape(question), question).optional();
      shape[page.id] = z.array(z.strictObject(item)).optional();
    } else {
      for (const question of page.questions) shape[question.id] = describe(answerShape(question), question).optional();
    }
  }
  return z.strictObject(shape);
}

function checkAnswer(question: Question, answer: unknown, path: (string | number)[], ctx: z.core.$RefinementCtx, locale: 'en' | 'cy') {
  const files: Record<string, FileAnswer> = {};
  if (question.type === 'file' && isFileAnswer(answer)) files[question.id] = answer;
  const values: FieldValues = questionValues(question, answer);
  const outcome = readQuestion(question, values, locale, { files });
  if (!outcome.ok) {
    for (const error of outcome.errors) ctx.addIssue({ code: 'custom', path, message: error.message, params: { reason: error.reason } });
  }
}

/** The zod schema of a complete submission of `form`, honouring its conditions and routes. */
export function submissionSchema(form: FormDefinition, options: { locale?: 'en' | 'cy' } = {}): z.ZodType<Answers> {
  const locale = options.locale ?? 'en';
  return answersObject(form).superRefine((answers: Answers, ctx) => {
    const path = visiblePages(form, answers);
    const onPath = new Set<string>();
    for (const page of path) {
      if (isExit(page)) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `The answers lead to exit page '${page.id}': this submission cannot be made`,
          params: { reason: 'invalidAnswer' },
        });
        continue;
      }
      if (page.repeat) {
        onPath.add(page.id);
        const items = repeatItems(answers, page.id);
        const min = page.repeat.min ?? 1;
        const max = page.repeat.max ?? Number.POSITIVE_INFINITY;
        if (items.length < min)
          ctx.addIssue({
            code: 'custom',
            path: [page.id],
            message: `Page '${page.id}' needs at least ${min} item(s)`,
            params: { reason: 'tooFewItems', minimum: min },
          });
        if (items.length > max)
          ctx.addIssue({
            code: 'custom',
            path: [page.id],
            message: `Page '${page.id}' allows at most ${max} item(s)`,
            params: { reason: 'tooManyItems', maximum: max },
          });
        items.forEach((item, index) => {
          for (const question of page.questions) {
            const answer = item[question.id];
            if (isAnswered(answer) || !question.optional) checkAnswer(question, answer, [page.id, index, question.id], ctx, locale);
          }
        });
        continue;
      }
      for (const question of page.questions) {
        onPath.add(question.id);
        const answer = answers[question.id];
        if (isAnswered(answer) || !question.optional) checkAnswer(question, answer, [question.id], ctx, locale);
      }
    }
    for (const key of Object.keys(answers)) {
      if (!onPath.has(key) && answers[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `'${key}' answers a page the person's answers skip; prune hidden answers before submitting`,
          params: { reason: 'unrecognizedKeys', keys: [key] },
        });
      }
    }
  });
}

/** The JSON Schema of a submission, for back ends in other languages. Which answers are required depends on the path, so none is listed as required. */
export function toJSONSchema(form: FormDefinition, options: JsonSchemaOptions = {}): Record<string, unknown> {
  const schema = dataModelJSONSchema(answersObject(form), options);
  return { ...schema, title: form.title.en, $id: `urn:cydran:form:${form.id}:${form.version}` };
}
