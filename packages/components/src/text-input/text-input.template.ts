import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveText } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import { controlIdOf, describedBy, fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';

export const INPUT_TYPES = ['text', 'email', 'tel', 'number', 'password', 'url', 'search'] as const;
export const INPUT_MODES = ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'] as const;
export const AUTOCAPITALIZE = ['none', 'off', 'sentences', 'on', 'words', 'characters'] as const;
export const ENTER_KEY_HINTS = ['enter', 'done', 'go', 'next', 'previous', 'search', 'send'] as const;
/** Fixed widths in characters, and fluid widths as fractions of the container. */
export const INPUT_WIDTHS = ['2', '3', '4', '5', '10', '20', '30', 'full', 'three-quarters', 'two-thirds', 'one-half', 'one-third', 'one-quarter'] as const;

export const textInputProps = {
  ...fieldProps,
  /** The `value` attribute: the initial value, restored by form reset (like a native input). */
  defaultValue: { kind: 'string', attribute: 'value' },
  type: { kind: 'string', values: INPUT_TYPES, default: 'text' as (typeof INPUT_TYPES)[number] },
  autocomplete: { kind: 'string' },
  inputmode: { kind: 'string', values: INPUT_MODES },
  /** `spellcheck="false"` for emails, codes and names. (Named to avoid HTMLElement#spellcheck.) */
  spellCheck: { kind: 'string', attribute: 'spellcheck', values: ['true', 'false'] },
  width: { kind: 'string', values: INPUT_WIDTHS },
  pattern: { kind: 'string' },
  /** Fewer characters than this is an error (our message), checked on submit. */
  minlength: { kind: 'number' },
  /**
   * More characters than this is an error (our message), checked on submit.
   * Not the native `maxlength`: that silently cuts off what the person types
   * or pastes (GOV.UK advises against it). For long answers use
   * `<cyd-character-count>`, which shows the count as they type.
   */
  maxlength: { kind: 'number' },
  /** `autocapitalize="none"` for usernames, codes and emails on phone keyboards. (Named to avoid HTMLElement#autocapitalize.) */
  autoCapitalize: { kind: 'string', attribute: 'autocapitalize', values: AUTOCAPITALIZE },
  /** The label of the Enter key on phone keyboards. */
  enterkeyhint: { kind: 'string', values: ENTER_KEY_HINTS },
  /** Shown but not editable; still submitted (unlike `disabled`). */
  readonly: { kind: 'boolean' },
  /** The id of a `<datalist>` of suggestions. */
  list: { kind: 'string' },
  /** Also submit the text's direction (`ltr`/`rtl`) under this name. */
  dirname: { kind: 'string' },
  min: { kind: 'string' },
  max: { kind: 'string' },
  step: { kind: 'string' },
  /** Text shown before/after the box, e.g. "£" or "per item" (hidden from screen readers: put it in the label too). */
  inputPrefix: { kind: 'text' },
  inputSuffix: { kind: 'text' },
} as const satisfies PropSpec;

export type TextInputProps = Props<typeof textInputProps>;

function widthClass(width: string | undefined): string {
  if (!width) return '';
  return /^\d+$/.test(width) ? ` cyd-input--width-${width}` : ` cyd-\\!-width-${width}`;
}

export const textInputDefinition = defineComponent({
  tag: 'cyd-text-input',
  props: textInputProps,
  template(p, locale) {
    const id = controlIdOf(p);
    const f = fieldWiring(p, locale);
    const prefix = resolveText(p.inputPrefix, locale);
    const suffix = resolveText(p.inputSuffix, locale);
    const input = html`<input
      class="cyd-input${f.error ? ' cyd-input--error' : ''}${widthClass(p.width)}"
      id=${id}
      name=${ifDefined(p.name)}
      type=${p.type}
      value=${ifDefined(p.defaultValue)}
      autocomplete=${ifDefined(p.autocomplete)}
      inputmode=${ifDefined(p.inputmode)}
      spellcheck=${ifDefined(p.spellCheck)}
      pattern=${ifDefined(p.pattern)}
      minlength=${ifDefined(p.minlength)}
      autocapitalize=${ifDefined(p.autoCapitalize)}
      enterkeyhint=${ifDefined(p.enterkeyhint)}
      list=${ifDefined(p.list)}
      dirname=${ifDefined(p.dirname)}
      ?readonly=${p.readonly}
      min=${ifDefined(p.min)}
      max=${ifDefined(p.max)}
      step=${ifDefined(p.step)}
      ?required=${p.required}
      ?disabled=${p.disabled}
      aria-describedby=${describedBy(f)}
      aria-invalid=${f.error ? 'true' : nothing}
    />`;
    const control =
      prefix || suffix
        ? html`<div class="cyd-input__wrapper">
            ${prefix ? html`<div class="cyd-input__prefix" aria-hidden="true">${prefix}</div>` : nothing}${input}${
              suffix ? html`<div class="cyd-input__suffix" aria-hidden="true">${suffix}</div>` : nothing
            }
          </div>`
        : input;
    return fieldTemplate(f, control);
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE ? (p) => fieldProblems('cyd-text-input', p) : undefined,
});
