import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineComponent } from '../internal/definition.js';
import { describedBy, fieldProps, fieldTemplate, fieldWiring } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { codeInputMessages } from './code-input.messages.js';

/** The number of digits when the author gives no `length`: a text message or email code. */
export const DEFAULT_CODE_LENGTH = 6;

export const codeInputProps = {
  ...fieldProps,
  /** How many digits the code has; another number of digits is an error, checked on submit. */
  length: { kind: 'number', default: DEFAULT_CODE_LENGTH },
  /** How many minutes the code lasts, said in words in the hint ("The code expires in 15 minutes"). */
  expiresIn: { kind: 'number' },
  /** Where to ask for a new code: shows "Problems with the code?" with a link there. */
  resendHref: { kind: 'url' },
} as const satisfies PropSpec;

export type CodeInputProps = Props<typeof codeInputProps>;

/**
 * What people put between the digits of a code they copy or read out:
 * spaces of any kind, hyphens and dashes (hyphen-minus, hyphen, non-breaking
 * hyphen, figure dash, en dash, em dash, minus sign).
 */
const SEPARATORS = /[\s\-\u2010-\u2014\u2212]/gu;
const DIGITS = /^[0-9]*$/;

/**
 * The digits of a code as typed or pasted ("123 456", "123-456" → "123456"),
 * or null when it has something other than digits and separators. Servers
 * read a submitted code with it, since with JavaScript off the form sends
 * what was typed.
 */
export function securityCodeDigits(value: string): string | null {
  const digits = value.replace(SEPARATORS, '');
  return DIGITS.test(digits) ? digits : null;
}

/**
 * What is wrong with a code, as the reason the messages are keyed by, or
 * null when it is `length` digits: `valueMissing` (nothing but separators),
 * `patternMismatch` (not only digits), `tooShort`, `tooLong`. The browser and
 * a server check the same way.
 */
export function securityCodeProblem(value: string, length: number = DEFAULT_CODE_LENGTH): 'valueMissing' | 'patternMismatch' | 'tooShort' | 'tooLong' | null {
  const digits = securityCodeDigits(value);
  if (digits === null) return 'patternMismatch';
  if (digits === '') return 'valueMissing';
  if (digits.length < length) return 'tooShort';
  if (digits.length > length) return 'tooLong';
  return null;
}

const isWholeNumber = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;

export const codeInputDefinition = defineComponent({
  tag: 'cyd-code-input',
  props: codeInputProps,
  template(p, locale) {
    const m = codeInputMessages[locale];
    // Our standard term when the author gives no label, in the element's own language.
    const wiring = fieldWiring({ ...p, label: p.label ?? { [locale]: m.label } }, locale);
    const expiry = isWholeNumber(p.expiresIn) ? m.expiresIn(p.expiresIn) : '';
    const f = expiry
      ? {
          ...wiring,
          hint: html`${wiring.hint ? html`<span class="cyd-code-input__hint-text">${wiring.hint}</span> ` : nothing}<span
              class="cyd-code-input__expiry"
              >${expiry}</span
            >`,
        }
      : wiring;
    const length = isWholeNumber(p.length) ? p.length : DEFAULT_CODE_LENGTH;
    // A text box, not type="number": a code can start with 0, and number boxes
    // change with the mouse wheel and arrow keys. Always required: an empty
    // code is never an answer. No native maxlength: it would cut off a pasted
    // code with spaces in it.
    const input = html`<input
      class="cyd-input cyd-code-input__input cyd-input--width-${length > 10 ? 20 : 10}${f.error ? ' cyd-input--error' : ''}"
      id=${f.id}
      name=${ifDefined(p.name)}
      type="text"
      autocomplete="one-time-code"
      inputmode="numeric"
      spellcheck="false"
      autocapitalize="none"
      required
      ?disabled=${p.disabled}
      aria-describedby=${describedBy(f)}
      aria-invalid=${f.error ? 'true' : nothing}
    />`;
    const problems = p.resendHref
      ? html`<details class="cyd-details cyd-code-input__problems"
          ><summary class="cyd-details__summary"><span class="cyd-details__summary-text">${m.problemsSummary}</span></summary
          ><div class="cyd-details__text">
            <p class="cyd-details__paragraph">${m.problemsText}</p>
            <p class="cyd-details__paragraph"><a class="cyd-link" href=${p.resendHref}>${m.resend}</a></p>
          </div></details
        >`
      : nothing;
    return fieldTemplate(f, html`${input}${problems}`, 'cyd-code-input');
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.name) problems.push('<cyd-code-input> has no name, so the code is not submitted with the form. Add name="…".');
        if (p.length !== undefined && !isWholeNumber(p.length)) {
          problems.push(
            `<cyd-code-input name="${p.name ?? ''}">: length="${p.length}" is not a number of digits, so ${DEFAULT_CODE_LENGTH} is used. Give a whole number such as length="6".`,
          );
        }
        if (p.expiresIn !== undefined && !isWholeNumber(p.expiresIn)) {
          problems.push(
            `<cyd-code-input name="${p.name ?? ''}">: expires-in="${p.expiresIn}" is not a number of minutes, so the expiry is not shown. Give whole minutes such as expires-in="15".`,
          );
        }
        return problems;
      }
    : undefined,
});
