// `@cydran/components`: every element class and template, with no side
// effects (nothing is defined). Import `@cydran/components/<name>` to define
// one element, or load dist/cydran.js to define them all.
export { CydElement } from './internal/cyd-element.js';
export { FormControl, fieldProps } from './internal/form-control.js';
export type { Validator, ValidationProblem, ValidityReason, MessageOverrides } from './internal/form-control.js';
export { formMessages } from './internal/messages.js';
export { CydButton, DOUBLE_CLICK_WINDOW_MS } from './button/button.js';
export { buttonDefinition } from './button/button.template.js';
export { CydCharacterCount } from './character-count/character-count.js';
export { characterCountDefinition } from './character-count/character-count.template.js';
export { CydCheckboxes } from './checkboxes/checkboxes.js';
export { checkboxesDefinition } from './checkboxes/checkboxes.template.js';
export { CydFieldset } from './fieldset/fieldset.js';
export { fieldsetDefinition } from './fieldset/fieldset.template.js';
export { CydFileUpload } from './file-upload/file-upload.js';
export { fileUploadDefinition } from './file-upload/file-upload.template.js';
export { CydLanguageToggle } from './language-toggle/language-toggle.js';
export type { LanguageChangeDetail } from './language-toggle/language-toggle.js';
export { languageToggleDefinition } from './language-toggle/language-toggle.template.js';
export { CydPasswordInput } from './password-input/password-input.js';
export { passwordInputDefinition } from './password-input/password-input.template.js';
export { CydDateInput } from './date-input/date-input.js';
export { dateInputDefinition } from './date-input/date-input.template.js';
export { CydErrorSummary } from './error-summary/error-summary.js';
export { errorSummaryDefinition } from './error-summary/error-summary.template.js';
export type { ErrorSummaryItem } from './error-summary/error-summary.template.js';
export type { ChoiceEntry, ChoiceOption, ChoiceDivider } from './radios/choice-group.template.js';
export { CydRadios } from './radios/radios.js';
export { radiosDefinition } from './radios/radios.template.js';
export { CydSelect } from './select/select.js';
export { selectDefinition } from './select/select.template.js';
export type { SelectEntry, SelectOption, SelectOptionGroup } from './select/select.template.js';
export { CydSkipLink } from './skip-link/skip-link.js';
export { skipLinkDefinition } from './skip-link/skip-link.template.js';
export { CydTextInput } from './text-input/text-input.js';
export { textInputDefinition } from './text-input/text-input.template.js';
export { CydTextarea } from './textarea/textarea.js';
export { textareaDefinition } from './textarea/textarea.template.js';
