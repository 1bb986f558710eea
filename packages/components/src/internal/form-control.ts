import type { PropertyValues } from 'lit';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { CydElement } from './cyd-element.js';
import type { PropSpec } from './props.js';
import { formMessages } from './messages.js';
import { ownControls } from './upgrade.js';
import { reportDeveloperErrors } from './developer-errors.js';
import { watchFormSubmission } from './form-submission.js';

export type ControlElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Why a value is invalid, in words that do not depend on the browser's language. */
export type ValidityReason =
  | 'valueMissing'
  | 'typeMismatch'
  | 'badInput'
  | 'patternMismatch'
  | 'tooLong'
  | 'tooShort'
  | 'rangeUnderflow'
  | 'rangeOverflow'
  | 'stepMismatch'
  | (string & {});

/** Author overrides of messages, per reason, in one or both languages. */
export type MessageOverrides = Partial<Record<ValidityReason, Text>>;

export interface ValidationProblem {
  reason: ValidityReason;
  /** The message in the element's current language. */
  message: string;
  /** The native control to focus (the error summary links here). */
  target: HTMLElement | null;
}

/**
 * A check beyond the native constraints (a data-model schema, a cross-field
 * rule). Returns null when the value is fine.
 */
export type Validator = (
  value: string,
  element: FormControl,
) => { reason: ValidityReason; message: Text | ((locale: Locale) => string) } | null;

/** Properties every form control has. */
export const fieldProps = {
  name: { kind: 'string' },
  label: { kind: 'text' },
  hint: { kind: 'text' },
  /** An error from the server (or the page): shown until the field is checked in the browser. */
  error: { kind: 'text' },
  /** The message when a required field is empty: give one naming the field ("Enter your full name"). */
  requiredMessage: { kind: 'text' },
  /** Per-reason message overrides: `{"tooLong": {"en": "…", "cy": "…"}}`. */
  messages: { kind: 'json', default: undefined as MessageOverrides | undefined },
  required: { kind: 'boolean' },
  disabled: { kind: 'boolean' },
  /** Mark the field "(optional)" / "(dewisol)". */
  optional: { kind: 'boolean' },
  /** The native control's id; defaults to `name`, so servers can link `#name`. */
  controlId: { kind: 'string' },
  labelSize: { kind: 'string', values: ['s', 'm', 'l', 'xl'] },
  isPageHeading: { kind: 'boolean' },
} as const satisfies PropSpec;

const NATIVE_REASONS: (keyof ValidityState & ValidityReason)[] = [
  'valueMissing',
  'badInput',
  'typeMismatch',
  'patternMismatch',
  'tooLong',
  'tooShort',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
];

let generatedIds = 0;

/**
 * Validators named in HTML with `data-schema="nhsNumber"`. Filled by
 * `@cydran/components/schema`, so only pages that use schemas load zod.
 */
const namedValidators = new Map<string, Validator>();

export function registerNamedValidator(name: string, validator: Validator): void {
  namedValidators.set(name, validator);
}

/**
 * The base of every form control. Owns form participation (the native
 * control inside it is the form's control: no ElementInternals, no hidden
 * proxy), validation with our own messages (never the browser's
 * `validationMessage`), when errors show, and the error summary's view of the
 * field. See docs/adr/0001-light-dom-form-controls.md.
 *
 * Errors show after a submit attempt (the native `invalid` event, whose
 * browser bubble we suppress) or `validate()`; once shown they update when the
 * person changes the value, so a fixed answer clears its error.
 */
export abstract class FormControl<S extends PropSpec = PropSpec> extends CydElement<S> {
  /** Lets the error summary find form controls without importing this class. */
  readonly cydFormControl = true;
  /** Extra checks after the native ones; set from JavaScript. */
  validators: Validator[] = [];

  #checked = false;
  #pendingValue: string | undefined;
  #generatedId = '';
  #form: HTMLFormElement | null = null;

  /** The native controls this element rendered. */
  get controls(): ControlElement[] {
    return ownControls(this);
  }

  /** The id of the first native control; the error summary links to it. */
  get fieldId(): string {
    const props = this.props as Record<string, unknown>;
    const id = (props.controlId as string | undefined) || (props.name as string | undefined);
    if (id) return id;
    this.#generatedId ||= `cyd-field-${++generatedIds}`;
    return this.#generatedId;
  }

  get form(): HTMLFormElement | null {
    return this.controls[0]?.form ?? this.closest('form');
  }

  /** The current value (what the form would submit), like a native input's. */
  get value(): string {
    return this.controls[0]?.value ?? this.#pendingValue ?? '';
  }
  set value(value: string) {
    const control = this.controls[0];
    if (control) {
      control.value = value;
      this.#afterInput();
    } else {
      this.#pendingValue = value;
    }
  }

  override focus(options?: FocusOptions): void {
    (this.problem?.target ?? this.controls[0])?.focus(options);
  }

  // ---- validation --------------------------------------------------------

  /** The problem with the current value, whether or not it is shown yet. */
  get problem(): ValidationProblem | null {
    const controls = this.controls;
    // :disabled, not .disabled: a control in a disabled fieldset (a hidden
    // conditional reveal, say) is not submitted, so it has no problem either.
    if (controls.length === 0 || controls.every((c) => c.matches(':disabled'))) return null;
    for (const control of controls) {
      const reason = NATIVE_REASONS.find((r) => control.validity[r]);
      if (reason) return { reason, message: this.messageFor(reason, control), target: control };
    }
    const custom = this.customProblem();
    if (custom) return custom;
    return null;
  }

  /** What the field shows now: a browser check's message once checked, else the author's error. */
  get errorMessage(): string {
    if (this.#checked) return this.problem?.message ?? '';
    return this.text((this.props as Record<string, unknown>).error as Text | undefined);
  }

  /** Checks the value and shows the result; true when valid. */
  validate(): boolean {
    this.#checked = true;
    this.requestUpdate();
    return this.problem === null;
  }

  /** Checks without showing anything, like a native control. */
  checkValidity(): boolean {
    return this.problem === null;
  }

  /** Back to the state before any check (used by form reset). */
  clearValidation(): void {
    this.#checked = false;
    this.requestUpdate();
  }

  /** Extra problems beyond native validity: validators and subclass checks. */
  protected customProblem(): ValidationProblem | null {
    return this.validatorProblem(this.value);
  }

  /** The first validator's problem with `value`; the author's `messages` override its words by reason. */
  protected validatorProblem(value: string): ValidationProblem | null {
    for (const validator of this.#allValidators()) {
      const result = validator(value, this);
      if (result) {
        const override = this.#override(result.reason);
        const message = override ?? (typeof result.message === 'function' ? result.message(this.locale) : this.text(result.message));
        return { reason: result.reason, message, target: this.controls[0] ?? null };
      }
    }
    return null;
  }

  /** `data-schema="name"` (plain HTML) first, then those set from JavaScript. */
  #allValidators(): Validator[] {
    const name = this.getAttribute('data-schema');
    if (!name) return this.validators;
    const named = namedValidators.get(name);
    if (!named) {
      const known = [...namedValidators.keys()];
      reportDeveloperErrors(this, [
        known.length === 0
          ? `<${this.localName}>: data-schema="${name}" needs the schemas loaded. Import '@cydran/components/schema' (dist/cydran.js includes it).`
          : `<${this.localName}>: data-schema="${name}" is not a known schema. Use one of: ${known.join(', ')}.`,
      ]);
      return this.validators;
    }
    return [named, ...this.validators];
  }

  #override(reason: ValidityReason): string | undefined {
    const props = this.props as Record<string, unknown>;
    const overrides = props.messages as MessageOverrides | undefined;
    const override = overrides?.[reason] ?? (reason === 'valueMissing' ? (props.requiredMessage as Text | undefined) : undefined);
    return override != null && resolveText(override, this.locale) !== '' ? resolveText(override, this.locale) : undefined;
  }

  /** The message for a reason: the author's override, else ours. */
  protected messageFor(reason: ValidityReason, control?: ControlElement): string {
    const override = this.#override(reason);
    if (override !== undefined) return override;
    // A validator that rejects an empty answer (a data-model schema: "Enter
    // your NHS number") asks for it better than our general words.
    if (reason === 'valueMissing') {
      const fromValidator = this.validatorProblem('');
      if (fromValidator) return fromValidator.message;
    }
    return this.defaultMessage(reason, control);
  }

  /** Our catalogue's message; controls with other words (choices, files) override. */
  protected defaultMessage(reason: ValidityReason, control?: ControlElement): string {
    const m = formMessages[this.locale];
    const input = control instanceof HTMLInputElement ? control : undefined;
    switch (reason) {
      case 'valueMissing':
        return m.valueMissing;
      case 'typeMismatch':
        return input?.type === 'url' ? m.typeMismatchUrl : m.typeMismatchEmail;
      case 'badInput':
        return m.badInputNumber;
      case 'patternMismatch':
        return m.patternMismatch;
      case 'tooLong':
        return m.tooLong(Number(control?.getAttribute('maxlength')));
      case 'tooShort':
        return m.tooShort(Number(control?.getAttribute('minlength')));
      case 'rangeUnderflow':
        return m.rangeUnderflow(input?.min ?? '');
      case 'rangeOverflow':
        return m.rangeOverflow(input?.max ?? '');
      case 'stepMismatch':
        return m.stepMismatch;
      default:
        return m.invalid;
    }
  }

  /** Tells the browser about custom problems so native submission blocks too. */
  #syncCustomValidity(): void {
    const control = this.controls[0];
    if (!control) return;
    control.setCustomValidity('');
    const custom = this.customProblem();
    // The text is never shown (our `invalid` handler stops the browser's
    // bubble); it only marks the control invalid for native submission.
    if (custom) control.setCustomValidity(custom.reason);
  }

  #afterInput(): void {
    this.#syncCustomValidity();
    if (this.#checked) this.requestUpdate();
  }

  // ---- events ------------------------------------------------------------

  readonly #onInvalid = (event: Event): void => {
    // Stop the browser's own bubble (in the browser's language); show ours.
    event.preventDefault();
    if (!this.#checked) {
      this.#checked = true;
      this.requestUpdate();
    }
  };
  readonly #onInput = (): void => {
    this.#syncCustomValidity();
  };
  readonly #onChange = (): void => {
    this.#afterInput();
  };
  readonly #onReset = (): void => {
    // Native reset runs after the event; re-check the restored values then.
    setTimeout(() => {
      this.#checked = false;
      this.#syncCustomValidity();
      this.requestUpdate();
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.#onInvalid, true);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.#form = this.closest('form');
    if (this.#form) watchFormSubmission(this.#form);
    this.#form?.addEventListener('reset', this.#onReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid, true);
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onChange);
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#form = null;
  }

  /**
   * What the template renders from: the props, with the id and the error to
   * show now. Controls with state of their own that the (pure) template needs
   * (a live count, whether a password is shown) add it here; the server
   * renders without it, which is the no-JavaScript state.
   */
  protected renderProps(): typeof this.props {
    return { ...this.props, controlId: this.fieldId, error: this.errorMessage } as typeof this.props;
  }

  protected override render(): unknown {
    return this.definition.template(this.renderProps(), this.locale, this.templateContent());
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.#pendingValue !== undefined && this.controls[0]) {
      this.controls[0].value = this.#pendingValue;
      this.#pendingValue = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncCustomValidity();
  }
}
