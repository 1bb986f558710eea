import type { ComponentDefinition } from './definition.js';
import { buttonDefinition } from '../button/button.template.js';
import { characterCountDefinition } from '../character-count/character-count.template.js';
import { checkboxesDefinition } from '../checkboxes/checkboxes.template.js';
import { dateInputDefinition } from '../date-input/date-input.template.js';
import { errorSummaryDefinition } from '../error-summary/error-summary.template.js';
import { fieldsetDefinition } from '../fieldset/fieldset.template.js';
import { fileUploadDefinition } from '../file-upload/file-upload.template.js';
import { languageToggleDefinition } from '../language-toggle/language-toggle.template.js';
import { passwordInputDefinition } from '../password-input/password-input.template.js';
import { radiosDefinition } from '../radios/radios.template.js';
import { selectDefinition } from '../select/select.template.js';
import { skipLinkDefinition } from '../skip-link/skip-link.template.js';
import { textInputDefinition } from '../text-input/text-input.template.js';
import { textareaDefinition } from '../textarea/textarea.template.js';

/**
 * Every component the server renderer knows, by tag. Adding a component?
 * Add its definition here too, so `expandHTML` can render it.
 */
export const definitions: readonly ComponentDefinition<any>[] = [buttonDefinition, characterCountDefinition, checkboxesDefinition, dateInputDefinition, errorSummaryDefinition, fieldsetDefinition, fileUploadDefinition, languageToggleDefinition, passwordInputDefinition, radiosDefinition, selectDefinition, skipLinkDefinition, textInputDefinition, textareaDefinition];
