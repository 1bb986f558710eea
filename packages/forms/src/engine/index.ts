/**
 * The form engine: pure functions of a definition and the answers so far,
 * shared by the server runner and the browser client runner. No DOM, no
 * Node-only APIs.
 */
export {
  firstPageId,
  nextPageId,
  previousPageId,
  visiblePages,
  canReachCheckAnswers,
  pruneHiddenAnswers,
  pageComplete,
  repeatState,
  repeatItems,
  type RepeatState,
} from './navigation.js';
export { evaluate, conditionQuestions, findPage, isAnswered, isExit, questionsOf, type ConditionContext } from './pages.js';
export {
  validatePage,
  readQuestion,
  fieldNames,
  isFileAnswer,
  LIKERT_SCALE,
  NONE_VALUE,
  ADDRESS_PARTS,
  DATE_FIELD_PARTS,
  type PageValidation,
  type ValidateOptions,
} from './validate.js';
export { valuesFromAnswers, questionValues } from './values.js';
export { answerSummary, answerText, type SummaryRow } from './summary.js';
export { checkCompatible, answerMisfit } from './compatible.js';
export { answerWords, formMessages, type FormMessageKey } from './messages.js';
export { ADDRESS_FIELDS, NO_LABEL, SELECT_PROMPT, TEXT_INPUT_SETTINGS, YES_LABEL, ratingLabel, type ControlSettings } from './controls.js';
