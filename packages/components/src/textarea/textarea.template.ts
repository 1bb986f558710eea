import { type TemplateResult, html } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { type ChildPart, Directive, type DirectiveResult, type PartInfo, PartType, directive } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { defineComponent } from '../internal/definition.js';
import { type FieldWiring, describedBy, fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
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
  /** The native `autocomplete` token, so browsers can fill the answer in (`street-address`); none by default. */
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

/** A textarea's attributes: a string value, `true` for present and empty, `false`/`undefined` for absent. */
type TextareaAttributes = Record<string, string | boolean | undefined>;

/**
 * A native `<textarea>` whose default text (its content) is a value, not part
 * of the template. Lit allows no expression inside `<textarea>` (the server
 * renderer throws on one), and making the text static (`unsafeStatic`) makes
 * every different default a new template that Lit caches for ever: a server
 * rendering many answers grows without bound.
 *
 * On the server, `render` writes the markup: the text escaped after one
 * newline, because HTML drops a newline straight after `<textarea>`. In the
 * browser, `update` keeps one textarea element and sets its attributes and
 * `defaultValue` (its text): what the person typed is never replaced, and
 * form reset restores the latest default.
 */
class NativeTextarea extends Directive {
  #element: HTMLTextAreaElement | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('nativeTextarea() renders an element: put it where a child goes.');
  }

  render(attributes: TextareaAttributes, defaultText: string): unknown {
    let html = '<textarea';
    for (const [name, value] of Object.entries(attributes)) {
      if (value === true) html += ` ${name}`;
      else if (typeof value === 'string') html += ` ${name}="${escapeAttribute(value)}"`;
    }
    return unsafeHTML(`${html}>\n${escapeText(defaultText)}</textarea>`);
  }

  override update(_part: ChildPart, [attributes, defaultText]: [TextareaAttributes, string]): unknown {
    const element = (this.#element ??= document.createElement('textarea'));
    for (const [name, value] of Object.entries(attributes)) {
      if (value === true) element.setAttribute(name, '');
      else if (typeof value === 'string') element.setAttribute(name, value);
      else element.removeAttribute(name);
    }
    if (element.defaultValue !== defaultText) element.defaultValue = defaultText;
    return element;
  }
}

const nativeTextarea: (attributes: TextareaAttributes, defaultText: string) => DirectiveResult<typeof NativeTextarea> = directive(NativeTextarea);

/**
 * The native `<textarea>` alone, so a component that is "a textarea plus
 * something" (the character count) renders the same control.
 */
export function textareaControl(p: TextareaProps, f: FieldWiring, extras: TextareaExtras = {}): TemplateResult {
  const invalid = !!f.error || !!extras.overLimit;
  const described = describedBy(f, ...(extras.describedBy ?? []));
  return html`${nativeTextarea(
    {
      class: `cyd-textarea cyd-input${invalid ? ' cyd-input--error' : ''}`,
      id: f.id,
      name: p.name,
      rows: String(p.rows ?? 5),
      autocomplete: p.autocomplete,
      spellcheck: p.spellCheck,
      required: p.required,
      disabled: p.disabled,
      'aria-describedby': typeof described === 'string' ? described : undefined,
      'aria-invalid': f.error ? 'true' : undefined,
    },
    p.defaultValue ?? '',
  )}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export const textareaDefinition = defineComponent({
  tag: 'cyd-textarea',
  props: textareaProps,
  template(p, locale) {
    const f = fieldWiring(p, locale);
    return fieldTemplate(f, textareaControl(p, f));
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE ? (p) => fieldProblems('cyd-textarea', p) : undefined,
});
