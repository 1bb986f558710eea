import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveText } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import { controlIdOf, describedBy, fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/form-control.js';
import type { Props, PropSpec } from '../internal/props.js';

export const INPUT_TYPES = ['text', 'email', 'tel', 'number', 'password', 'url', 'search'] as const;
export const INPUT_MODES = ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'] as const;
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
  minlength: { kind: 'number' },
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
            ${prefix ? html`<div class="cyd-input__prefix" aria-hidden="true">${prefix}</div>` : nothing}${input}${suffix
              ? html`<div class="cyd-input__suffix" aria-hidden="true">${suffix}</div>`
              : nothing}
          </div>`
        : input;
    return fieldTemplate(f, control);
  },
  problems: (p) => fieldProblems('cyd-text-input', p),
});
