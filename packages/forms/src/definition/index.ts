export * from './types.js';
export { parseFormDefinition, PERSONAL_TYPES, type ParseResult } from './parse.js';
export { submissionSchema, toJSONSchema, answerShape } from './answers.js';
export { defineForm, type SubmissionOf, type AnswerOf } from './define.js';
