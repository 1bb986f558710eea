import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_LOCALE, LOCALES, type Locale, type Text, resolveText } from '@cydran/i18n';
import { formMessages } from './messages.js';
import type { PropSpec } from './props.js';

/** Author overrides of messages, per reason (`valueMissing`, `tooLong`, a check's code…), in one or both languages. */
export type MessageOverrides = Partial<Record<string, Text>>;

/** Properties every form control has. */
export const fieldProps = {
  /** The name the form submits the answer under; also the native control's id unless `control-id` is given. */
  name: { kind: 'string' },
  /** The question or label, in words the person understands ("What is your postcode?"). */
  label: { kind: 'text' },
  /** Help below the label, read out with the control ("For example, CF10 1EP"). */
  hint: { kind: 'text' },
  /**
   * An error from the server (or the page): shown until the field is checked
   * in the browser, or fixed. A plain value is in the page's language (servers
   * write errors in the language they render).
   */
  error: { kind: 'text', plainInPageLanguage: true },
  /** The message when a required field is empty: give one naming the field ("Enter your full name"). */
  requiredMessage: { kind: 'text' },
  /** Per-reason message overrides: `{"tooLong": {"en": "…", "cy": "…"}}`. */
  messages: { kind: 'json', default: undefined as MessageOverrides | undefined },
  /** An answer is needed: empty is an error (`required-message`) when the form is submitted or `validate()` runs. */
  required: { kind: 'boolean' },
  /** The control cannot be used and is not submitted, as with a native disabled control; GOV.UK advises against it. */
  disabled: { kind: 'boolean' },
  /** Mark the field "(optional)" / "(dewisol)". */
  optional: { kind: 'boolean' },
  /** The native control's id; defaults to `name`, so servers can link `#name`. */
  controlId: { kind: 'string' },
  /**
   * The element's own `id`, read so that the native control never gets the
   * same one (see `controlIdOf`): a link to it still reaches the control.
   */
  hostId: { kind: 'string', attribute: 'id' },
  /** The label's (or legend's) size: `s`, `m`, `l` or `xl`; `l` with `is-page-heading` for a question page. */
  labelSize: { kind: 'string', values: ['s', 'm', 'l', 'xl'] },
  /** The label is the page's `<h1>`: for a page that asks only this question. */
  isPageHeading: { kind: 'boolean' },
} as const satisfies PropSpec;

/**
 * Label, hint and error wiring, in one place for every form control. Ids are
 * derived from the control's id so the server and the browser produce the
 * same ones, and the error summary can link to `#id`.
 */
export interface FieldWiring {
  /** The id of the (first) native control. */
  id: string;
  /** The label, marked with its own `lang` when it is in the other language (see `textIn`). */
  label: TextPart;
  hint: TextPart;
  /** The error message to show, already in the right language ('' for none). */
  error: string;
  locale: Locale;
  /** Shows "(optional)" / "(dewisol)" after the label. */
  optional?: boolean;
  /** Label size, and whether it is the page's heading. */
  labelSize?: 's' | 'm' | 'l' | 'xl' | undefined;
  isPageHeading?: boolean;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The `aria-describedby` value for a control: hint first, then error. */
export function describedBy(f: Pick<FieldWiring, 'id' | 'hint' | 'error'>, ...extra: (string | false | undefined)[]): string | typeof nothing {
  const ids = [f.hint ? hintId(f.id) : '', f.error ? errorId(f.id) : '', ...extra].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

export function hintTemplate(f: Pick<FieldWiring, 'id' | 'hint'>): TemplateResult | typeof nothing {
  return f.hint ? html`<div class="cyd-hint" id=${hintId(f.id)}>${f.hint}</div>` : nothing;
}

export function errorTemplate(f: Pick<FieldWiring, 'id' | 'error' | 'locale'>): TemplateResult | typeof nothing {
  if (!f.error) return nothing;
  return html`<p class="cyd-error-message" id=${errorId(f.id)}><span class="cyd-visually-hidden">${formMessages[f.locale].errorPrefix}:</span> ${f.error}</p>`;
}

function optionalMarker(f: Pick<FieldWiring, 'optional' | 'locale'>): TemplateResult | typeof nothing {
  return f.optional ? html` <span class="cyd-label__optional">(${formMessages[f.locale].optional})</span>` : nothing;
}

export function labelTemplate(f: FieldWiring): TemplateResult {
  const classes = `cyd-label${f.labelSize ? ` cyd-label--${f.labelSize}` : ''}`;
  const label = html`<label class=${classes} for=${f.id}>${f.label}${optionalMarker(f)}</label>`;
  return f.isPageHeading ? html`<h1 class="cyd-label-wrapper">${label}</h1>` : label;
}

export function formGroupClass(f: Pick<FieldWiring, 'error'>, extra = ''): string {
  return `cyd-form-group${f.error ? ' cyd-form-group--error' : ''}${extra ? ` ${extra}` : ''}`;
}

/** A single labelled control: label, hint, error, then the control. */
export function fieldTemplate(f: FieldWiring, control: TemplateResult, extraClass = ''): TemplateResult {
  return html`<div class=${formGroupClass(f, extraClass)} data-cyd-root>
    ${labelTemplate(f)} ${hintTemplate(f)} ${errorTemplate(f)} ${control}
  </div>`;
}

/**
 * A group of controls answering one question (radios, checkboxes, date
 * parts): a fieldset whose legend is the question; the hint and error
 * describe the fieldset.
 */
export function fieldsetTemplate(f: Omit<FieldWiring, 'id'> & { id: string; fieldsetId: string }, controls: TemplateResult, extraClass = ''): TemplateResult {
  const legendClass = `cyd-fieldset__legend${f.labelSize ? ` cyd-fieldset__legend--${f.labelSize}` : ''}`;
  const described = describedBy({ id: f.fieldsetId, hint: f.hint, error: f.error });
  return html`<div class=${formGroupClass(f, extraClass)} data-cyd-root>
    <fieldset class="cyd-fieldset" id=${f.fieldsetId} aria-describedby=${described}>
      <legend class=${legendClass}>
        ${f.isPageHeading ? html`<h1 class="cyd-fieldset__heading">${f.label}</h1>` : html`${f.label}${optionalMarker(f)}`}
      </legend>
      ${hintTemplate({ id: f.fieldsetId, hint: f.hint })} ${errorTemplate({ id: f.fieldsetId, error: f.error, locale: f.locale })} ${controls}
    </fieldset>
  </div>`;
}

/**
 * The first control's id from props: `control-id`, else `name` (same rule
 * in browser and server), so a server can link `#name` to it. It never
 * equals the element's own `id`, nor lets an id derived from it (`-hint`,
 * `-error`, `-2`, `-day`, `conditional-…`) do so: then the control's id is
 * built from the element's (`email-control`), and a link to the element's id
 * still reaches the control (the error summary and `focus()` follow it).
 */
export function controlIdOf(props: { controlId?: string | undefined; name?: string | undefined; hostId?: string | undefined }): string {
  const base = props.controlId || props.name || '';
  const host = props.hostId;
  if (!host || !base) return base;
  const collides = host === base || host.startsWith(`${base}-`) || host.startsWith(`conditional-${base}`);
  return collides ? `${host}-control` : base;
}

/** The developer mistakes every form control can make, each naming the fix. */
export function fieldProblems(tag: string, props: { name?: string | undefined; label?: unknown }): string[] {
  const problems: string[] = [];
  if (!props.label) {
    problems.push(
      `<${tag}${props.name ? ` name="${props.name}"` : ''}> has no label, so people cannot tell what to enter and screen readers announce nothing. Add label="…" and label-cy="…".`,
    );
  }
  if (!props.name) {
    problems.push(`<${tag}> has no name, so its value is not submitted with the form. Add name="…".`);
  }
  return problems;
}

/** The props every form control shares that the wiring reads. */
export interface WiringProps {
  controlId?: string | undefined;
  hostId?: string | undefined;
  name?: string | undefined;
  label?: Text | undefined;
  hint?: Text | undefined;
  error?: Text | undefined;
  optional?: boolean | undefined;
  labelSize?: FieldWiring['labelSize'];
  isPageHeading?: boolean | undefined;
}

/** Author text in a page's language, or in the other language inside a `lang` of its own. */
export type TextPart = string | TemplateResult;

/**
 * Author text for `locale`. Text the author did not give in that language
 * falls back to the other one (words, rather than nothing), marked with that
 * language's `lang` so screen readers pronounce it right and nothing English
 * passes as Welsh. A plain string is English (see docs/guides/messages.md);
 * the element warns the developer which attribute is missing.
 */
export function textIn(text: Text | undefined, locale: Locale): TextPart {
  const words = resolveText(text, locale);
  if (words === '') return '';
  const lang = languageOf(text, locale);
  return lang === locale ? words : html`<span lang=${lang}>${words}</span>`;
}

/** The language `resolveText(text, locale)` gives its words in. */
export function languageOf(text: Text | undefined, locale: Locale): Locale {
  if (typeof text === 'string') return DEFAULT_LOCALE;
  if (text == null || text[locale] != null) return locale;
  return LOCALES.find((other) => text[other] != null) ?? locale;
}

/** Label, hint and error of a form control, resolved in `locale`, from its props. */
export function fieldWiring(p: WiringProps, locale: Locale): FieldWiring {
  return {
    id: controlIdOf(p),
    label: textIn(p.label, locale),
    hint: textIn(p.hint, locale),
    error: resolveText(p.error, locale),
    locale,
    optional: p.optional ?? false,
    labelSize: p.labelSize,
    isPageHeading: p.isPageHeading ?? false,
  };
}
