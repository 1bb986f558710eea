import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defineComponent } from '../internal/definition.js';
import { type FieldWiring, describedBy, fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/form-control.js';
import type { Props, PropSpec } from '../internal/props.js';

export const textareaProps = {
  ...fieldProps,
  /**
   * The `value` attribute: the initial answer, restored by form reset. A
   * native textarea takes its default from its text content, but a Cydran
   * element's children are replaced by its own markup, so the default is an
   * attribute here (as on `<cyd-text-input>`).
   */
  defaultValue: { kind: 'string', attribute: 'value' },
  /** Visible lines of text; the box still scrolls for more. */
  rows: { kind: 'number', default: 5 },
  autocomplete: { kind: 'string' },
  /** `spellcheck="false"` for codes and names. (Named to avoid HTMLElement#spellcheck.) */
  spellCheck: { kind: 'string', attribute: 'spellcheck', values: ['true', 'false'] },
} as const satisfies PropSpec;

export type TextareaProps = Props<typeof textareaProps>;

export interface TextareaExtras {
  /** More ids for `aria-describedby`, after the hint and error (a character count's limit). */
  describedBy?: string[];
  /** Show the error border even with no error message yet (a count over its limit). */
  overLimit?: boolean;
}

/**
 * The native `<textarea>` alone, so a component that is "a textarea plus
 * something" (the character count) renders the same control.
 */
export function textareaControl(p: TextareaProps, f: FieldWiring, extras: TextareaExtras = {}): TemplateResult {
  const invalid = !!f.error || !!extras.overLimit;
  // A textarea's default is its text, but Lit allows no expression there
  // (the server renderer throws on one). A static value is part of the
  // template itself; a different default makes a new textarea, which only
  // happens when the `value` attribute changes, never while typing. HTML
  // drops one newline straight after <textarea>, so one is given to drop.
  const defaultText = unsafeStatic(`\n${escapeText(p.defaultValue ?? '')}`);
  return staticHtml`<textarea
    class="cyd-textarea cyd-input${invalid ? ' cyd-input--error' : ''}"
    id=${f.id}
    name=${ifDefined(p.name)}
    rows=${p.rows ?? 5}
    autocomplete=${ifDefined(p.autocomplete)}
    spellcheck=${ifDefined(p.spellCheck)}
    ?required=${p.required}
    ?disabled=${p.disabled}
    aria-describedby=${describedBy(f, ...(extras.describedBy ?? []))}
    aria-invalid=${f.error ? 'true' : nothing}
  >${defaultText}</textarea>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const textareaDefinition = defineComponent({
  tag: 'cyd-textarea',
  props: textareaProps,
  template(p, locale) {
    const f = fieldWiring(p, locale);
    return fieldTemplate(f, textareaControl(p, f));
  },
  problems: (p) => fieldProblems('cyd-textarea', p),
});
