// `@cydran/components`: every element class and template, with no side
// effects (nothing is defined). Import `@cydran/components/<name>` to define
// one element, or load dist/cydran.js to define them all.
export { CydElement } from './internal/cyd-element.js';
export { FormControl, fieldProps } from './internal/form-control.js';
export type { Validator, ValidationProblem, ValidityReason, MessageOverrides } from './internal/form-control.js';
export { formMessages } from './internal/messages.js';
export { CydTextInput } from './text-input/text-input.js';
export { textInputDefinition } from './text-input/text-input.template.js';
