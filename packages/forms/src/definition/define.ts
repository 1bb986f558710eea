/**
 * TypeScript-first definitions: `defineForm` checks the definition when the
 * module loads (a bad one throws, listing every problem) and keeps its
 * literal types, so `SubmissionOf<typeof form>` is the submission's type.
 */
import type { AddressAnswer, FileAnswer, FormDefinition, Question } from './types.js';
import { parseFormDefinition } from './parse.js';
import type { LIKERT_SCALE } from '../engine/validate.js';

type StringAnswerTypes = 'text' | 'long-text' | 'comment' | 'email' | 'phone' | 'postcode' | 'name' | 'nhs-number' | 'ni-number' | 'date';
type OptionValues<Q> = Q extends { readonly options: readonly { readonly value: infer V }[] } ? V : never;
type ScaleValues<Q> = Q extends { readonly scale: readonly { readonly value: infer V }[] } ? V : (typeof LIKERT_SCALE)[number]['value'];

/** The stored answer of one question. */
export type AnswerOf<Q extends Question> = Q['type'] extends StringAnswerTypes
  ? string
  : Q['type'] extends 'number' | 'rating'
    ? number
    : Q['type'] extends 'yes-no'
      ? boolean
      : Q['type'] extends 'one-of'
        ? OptionValues<Q>
        : Q['type'] extends 'many-of'
          ? (OptionValues<Q> | (Q extends { readonly noneOption: object } ? 'none' : never))[]
          : Q['type'] extends 'address'
            ? AddressAnswer
            : Q['type'] extends 'file'
              ? FileAnswer
              : Q extends { readonly type: 'likert'; readonly statements: readonly { readonly id: infer S extends string }[] }
                ? { [K in S]?: ScaleValues<Q> }
                : unknown;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

type PageQuestions<P> = P extends { readonly questions: readonly (infer Q extends Question)[] } ? Q : never;
type ItemAnswers<P> = Simplify<
  { [Q in PageQuestions<P> as Q extends { readonly optional: true } ? never : Q['id']]: AnswerOf<Q> } & {
    [Q in PageQuestions<P> as Q extends { readonly optional: true } ? Q['id'] : never]?: AnswerOf<Q>;
  }
>;
type PageAnswers<P> = P extends { readonly repeat: object; readonly id: infer Id extends string }
  ? P extends { readonly showIf: object }
    ? { [K in Id]?: ItemAnswers<P>[] }
    : { [K in Id]: ItemAnswers<P>[] }
  : P extends { readonly showIf: object }
    ? Partial<ItemAnswers<P>>
    : ItemAnswers<P>;

/**
 * The answers of a complete submission of form F. A page with `showIf` may
 * be hidden, so its answers are optional; a page a route can skip is not
 * seen by the type, so mark its questions optional or give it `showIf`.
 */
export type SubmissionOf<F extends FormDefinition> = Simplify<UnionToIntersection<PageAnswers<F['pages'][number]>>>;

/** Checks a form definition and returns it with its literal types; throws listing every problem. */
export function defineForm<const F extends FormDefinition>(form: F): F {
  const result = parseFormDefinition(form);
  if (!result.ok) {
    throw new TypeError(`@cydran/forms defineForm: form '${form.id}' has ${result.problems.length} problem(s):\n- ${result.problems.join('\n- ')}`);
  }
  return form;
}
