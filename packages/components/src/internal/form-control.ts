import type { PropertyDeclaration, PropertyValues } from 'lit';
import { type Locale, type Text, resolveText } from '@cydran/i18n';
import { CydElement } from './cyd-element.js';
import { type PropSpec, type Props, readProps } from './props.js';
import { type MessageOverrides, controlIdOf, fieldProps } from './field.js';

export { fieldProps, type MessageOverrides };
import { formMessages } from './messages.js';
import { ownControls } from './upgrade.js';
import { reportDeveloperErrors } from './developer-errors.js';
import { DEV_MODE } from './dev-mode.js';
import { FormParticipation, type ParticipatingControl, type ShownError } from './form-participation.js';

export type ControlElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Whether a pointer is pressed in a document, and work to do once its press
 * (and the click it makes) is over. One listener set per document, added the
 * first time a control asks.
 */
const pointerPresses = (() => {
  const pressed = new WeakMap<Document, { down: boolean; waiting: (() => void)[] }>();
  const stateOf = (document: Document) => {
    let state = pressed.get(document);
    if (!state) {
      const created = { down: false, waiting: [] as (() => void)[] };
      state = created;
      pressed.set(document, created);
      document.addEventListener('pointerdown', () => (created.down = true), true);
      const release = (): void => {
        created.down = false;
        const waiting = created.waiting.splice(0);
        // After the click that the release dispatches, in the same task as the browser's.
        if (waiting.length > 0) setTimeout(() => waiting.forEach((run) => run()));
      };
      document.addEventListener('pointerup', release, true);
      document.addEventListener('pointercancel', release, true);
    }
    return state;
  };
  return {
    /** Starts following presses in the document (a control does so when it connects, before any press). */
    watch: (document: Document): void => void stateOf(document),
    isDown: (document: Document): boolean => stateOf(document).down,
    afterRelease: (document: Document, run: () => void): void => void stateOf(document).waiting.push(run),
  };
})();

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
  | 'customError'
  | (string & {});

export interface ValidationProblem {
  reason: ValidityReason;
  /** The message in the element's current language. */
  message: string;
  /** The native control to focus (the error summary links here). */
  target: HTMLElement | null;
}

/**
 * What is wrong with a value, before it is put into words: the words depend
 * on the language at the moment they are shown, so a problem found once
 * serves every language switch after it.
 */
export interface Problem {
  reason: ValidityReason;
  target: ControlElement | null;
  /** The check's own words, used when the author gave no message for this reason. */
  words?: (locale: Locale) => string;
}

/**
 * A check beyond the native constraints (a data-model schema, a cross-field
 * rule). Returns null when the value is fine.
 */
export type Validator = (value: string, element: FormControl) => { reason: ValidityReason; message: Text | ((locale: Locale) => string) } | null;

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

const nativeReasons: ReadonlySet<string> = new Set(NATIVE_REASONS);
const isNativeReason = (reason: string): boolean => nativeReasons.has(reason);

let generatedIds = 0;

/** The custom validity each native control was last given. */
const customValidityOf = new WeakMap<ControlElement, string>();

/**
 * Validators named in HTML with `data-schema="nhsNumber"`. Filled by
 * `@cydran/components/schema`, so only pages that use schemas load zod.
 */
const namedValidators = new Map<string, Validator>();
/** Schemas that are known but loaded by another entry, with the check to use until it loads. */
const deferredValidators = new Map<string, { entry: string; fallback: Validator }>();

export function registerNamedValidator(name: string, validator: Validator): void {
  namedValidators.set(name, validator);
}

/**
 * A schema whose full check lives in another entry point (the UK phone
 * number's number-plan data). Until that entry is loaded, `fallback` checks
 * the answer, and the developer is told which entry gives the full check, so
 * nothing is ever accepted unchecked.
 */
export function registerDeferredValidator(name: string, entry: string, fallback: Validator): void {
  deferredValidators.set(name, { entry, fallback });
}

/**
 * The base of every form control. Owns form participation (the native
 * control inside it is the form's control: no ElementInternals, no hidden
 * proxy; `FormParticipation` listens to the form once for all controls),
 * validation with our own messages (never the browser's `validationMessage`),
 * when errors show, and the native validation API on the element itself
 * (`validity`, `validationMessage`, `checkValidity()`, `reportValidity()`,
 * `setCustomValidity()`, `willValidate`, `form`), so existing form code works
 * unchanged. See docs/adr/0001-light-dom-form-controls.md.
 *
 * When errors show follows GOV.UK: a submit attempt (the native `invalid`
 * event, whose browser bubble we suppress) or `validate()` checks and shows;
 * typing never changes what is shown; a field clears its own error when it
 * loses focus fixed; the next submit attempt checks again.
 *
 * Validity is computed once per change of the value (or of the properties),
 * not on every read: validators run once per keystroke in the field typed in.
 *
 * @fires input - The value changed: each keystroke, choice or chosen file. The native `input` event of the control inside, bubbling through the element.
 * @fires change - The value was committed: on leaving a field whose value changed, or on choosing an option or a file. The native `change` event of the control inside, bubbling through the element; not fired on each keystroke.
 * @fires invalid - cancelable, on the element, when a submit attempt, `checkValidity()` or `reportValidity()` finds the answer invalid, like a native control's.
 */
export abstract class FormControl<S extends PropSpec = PropSpec> extends CydElement<S> implements ParticipatingControl {
  /** Lets other code recognise form controls without importing this class. */
  readonly cydFormControl = true;

  #validators: Validator[] = [];
  /** The result of the checks beyond native validity; undefined when it must be recomputed. */
  #customProblem: Problem | null | undefined;
  #customValidityMessage = '';
  /** True once a check's result is shown (after a submit attempt or `validate()`). */
  #checked = false;
  /** The problem shown since the last check, or null. */
  #shown: Problem | null = null;
  /** The server's `error` stops showing once the person changes the answer and it passes our checks. */
  #authorErrorDismissed = false;
  /** The answer the page arrived with, so a server's error stays while the person only tabs through. */
  #arrivedWith: string | undefined;
  #pendingValue: string | undefined;
  #generatedId = '';
  #participation: FormParticipation | null = null;
  #field: Props<typeof fieldProps> | undefined;
  /** What the validators say of an empty answer (their "Enter your NHS number"), once per set of rules. */
  #emptyAnswerProblem: Problem | null | undefined;

  /** The properties every form control has, typed whatever the subclass adds. */
  protected get field(): Props<typeof fieldProps> {
    return (this.#field ??= readProps(fieldProps, this));
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    // Lit calls this from the base constructor, before this class's fields exist.
    if (name !== undefined && #field in this) this.#field = undefined;
    super.requestUpdate(name, oldValue, options);
  }

  /** Extra checks after the native ones. Assign a new list to change them. */
  get validators(): readonly Validator[] {
    return this.#validators;
  }
  set validators(validators: readonly Validator[]) {
    this.#validators = [...validators];
    this.#emptyAnswerProblem = undefined;
    this.invalidateValidity();
  }

  /** The native controls this element rendered. */
  get controls(): ControlElement[] {
    return ownControls(this);
  }

  /** The id of the first native control; the error summary links to it. */
  get fieldId(): string {
    const id = controlIdOf(this.field);
    if (id) return id;
    this.#generatedId ||= `cyd-field-${++generatedIds}`;
    return this.#generatedId;
  }

  /** The form the answer is submitted with (the native control's form, else the nearest `<form>`), like a native control's `form`. */
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
      this.valueSetByScript();
    } else {
      this.#pendingValue = value;
    }
  }

  override focus(options?: FocusOptions): void {
    const target = this.#live(this.#checked ? this.#shown?.target : null) ?? this.#currentProblem()?.target ?? this.controls[0];
    target?.focus(options);
  }

  /**
   * A problem's control as it is in the page now: the first render after an
   * adopted upgrade replaces the server's nodes, so a node recorded before it
   * is found again by its id.
   */
  #live(target: ControlElement | null | undefined): ControlElement | null {
    if (!target) return null;
    if (target.isConnected) return target;
    return this.controls.find((control) => control.id === target.id) ?? null;
  }

  // ---- validity ----------------------------------------------------------

  /**
   * The problem with the current value, whether or not it is shown yet.
   * Native constraints are read live (cheap, and a disabled ancestor can
   * change them without an event); the checks beyond them are cached.
   */
  #currentProblem(): Problem | null {
    const controls = this.controls;
    // :disabled, not .disabled: a control in a disabled fieldset (a hidden
    // conditional reveal, say) is not submitted, so it has no problem either.
    if (controls.length === 0 || controls.every((c) => c.matches(':disabled'))) return null;
    for (const control of controls) {
      const reason = NATIVE_REASONS.find((r) => control.validity[r]);
      if (reason) return { reason, target: control };
    }
    return this.#beyondNative();
  }

  /** The problems the browser cannot see for itself: the page's custom message, validators, subclass checks. */
  #beyondNative(): Problem | null {
    if (this.#customValidityMessage) {
      const message = this.#customValidityMessage;
      return { reason: 'customError', target: this.controls[0] ?? null, words: () => message };
    }
    if (this.#customProblem === undefined) this.#customProblem = this.customProblem();
    return this.#customProblem;
  }

  /** The value or the rules changed: checks beyond native validity run again when next needed. */
  protected invalidateValidity(): void {
    this.#customProblem = undefined;
    this.#syncCustomValidity();
  }

  /** A script set the value: like a person's change, it clears an error it fixes. */
  protected valueSetByScript(): void {
    this.invalidateValidity();
    this.#clearIfFixed();
  }

  /** The problem with the current value, in the element's language, whether or not it is shown yet. */
  get problem(): ValidationProblem | null {
    const problem = this.#currentProblem();
    return problem && { reason: problem.reason, message: this.messageOf(problem, this.locale), target: problem.target };
  }

  /** Like a native control's `validity`: which constraint the value breaks. */
  get validity(): ValidityState {
    const problem = this.#currentProblem();
    const reason = problem?.reason;
    const native = reason !== undefined && isNativeReason(reason);
    return {
      valid: problem === null,
      valueMissing: reason === 'valueMissing',
      typeMismatch: reason === 'typeMismatch',
      badInput: reason === 'badInput',
      patternMismatch: reason === 'patternMismatch',
      tooLong: reason === 'tooLong',
      tooShort: reason === 'tooShort',
      rangeUnderflow: reason === 'rangeUnderflow',
      rangeOverflow: reason === 'rangeOverflow',
      stepMismatch: reason === 'stepMismatch',
      customError: problem !== null && !native,
    };
  }

  /** Like a native control's, but in our words and the element's language, never the browser's. */
  get validationMessage(): string {
    const problem = this.#currentProblem();
    return problem ? this.messageOf(problem, this.locale) : '';
  }

  /** Whether the control takes part in validation (false when disabled). */
  get willValidate(): boolean {
    return this.controls.some((control) => control.willValidate);
  }

  /** A message of the page's own that makes the value invalid ('' to clear), as on a native control. */
  setCustomValidity(message: string): void {
    this.#customValidityMessage = message;
    this.#syncCustomValidity();
  }

  /** Checks without showing anything; fires `invalid` on the element when invalid, like a native control. */
  checkValidity(): boolean {
    const valid = this.#currentProblem() === null;
    if (!valid) this.dispatchEvent(new Event('invalid', { cancelable: true }));
    return valid;
  }

  /** Checks, shows the result and moves focus to the problem, like a native control. */
  reportValidity(): boolean {
    const valid = this.validate();
    if (!valid) {
      this.dispatchEvent(new Event('invalid', { cancelable: true }));
      this.focus();
    }
    return valid;
  }

  /** Checks the value and shows the result; true when valid. */
  validate(): boolean {
    this.#check();
    return this.#shown === null;
  }

  #check(): void {
    this.#checked = true;
    this.#shown = this.#currentProblem();
    this.requestUpdate();
  }

  /** What the field shows now: a check's message once checked, else the author's error. */
  get errorMessage(): string {
    return this.#shownMessage(this.locale);
  }

  #shownMessage(locale: Locale): string {
    if (this.#checked) return this.#shown ? this.messageOf(this.#shown, locale) : '';
    if (this.#authorErrorDismissed) return '';
    return resolveText(this.field.error, locale);
  }

  /** The error shown now, frozen as it is (for the error summary), or null. */
  shownError(): ShownError | null {
    if (this.#shownMessage(this.locale) === '') return null;
    if (this.#checked && this.#shown) {
      const problem = this.#shown;
      return { targetId: problem.target?.id || this.fieldId, message: (locale) => this.messageOf(problem, locale) };
    }
    const authorError = this.field.error;
    return { targetId: this.fieldId, message: (locale) => resolveText(authorError, locale) };
  }

  /** Back to the state before any check. */
  clearValidation(): void {
    this.#checked = false;
    this.#shown = null;
    this.requestUpdate();
  }

  /** Problems beyond native validity: validators, and what a subclass checks itself. */
  protected customProblem(): Problem | null {
    return this.validatorProblem(this.value);
  }

  /** The first validator's problem with `value`. */
  protected validatorProblem(value: string): Problem | null {
    for (const validator of this.#allValidators()) {
      const result = validator(value, this);
      if (result) {
        const message = result.message;
        return {
          reason: result.reason,
          target: this.controls[0] ?? null,
          words: (locale) => (typeof message === 'function' ? message(locale) : resolveText(message, locale)),
        };
      }
    }
    return null;
  }

  /** `data-schema="name"` (plain HTML) first, then those set from JavaScript. */
  #allValidators(): Validator[] {
    const name = this.getAttribute('data-schema');
    if (!name) return this.#validators;
    const named = namedValidators.get(name);
    if (named) return [named, ...this.#validators];
    const deferred = deferredValidators.get(name);
    if (deferred) {
      if (DEV_MODE)
        reportDeveloperErrors(this, [
          `<${this.localName} name="${this.field.name ?? ''}">: data-schema="${name}" is checked only roughly until '${deferred.entry}' is loaded. Import '${deferred.entry}' (or load dist/cydran-schemas.js) for the full check.`,
        ]);
      return [deferred.fallback, ...this.#validators];
    }
    const known = [...namedValidators.keys(), ...deferredValidators.keys()];
    if (DEV_MODE)
      reportDeveloperErrors(this, [
        known.length === 0
          ? `<${this.localName}>: data-schema="${name}" needs the schemas loaded. Import '@cydran/components/schema' (dist/cydran.js includes it). Until then the answer is refused, never accepted unchecked.`
          : `<${this.localName}>: data-schema="${name}" is not a known schema. Use one of: ${known.join(', ')}. Until then the answer is refused, never accepted unchecked.`,
      ]);
    return [unknownSchema, ...this.#validators];
  }

  #override(reason: ValidityReason, locale: Locale): string | undefined {
    const { messages, requiredMessage } = this.field;
    const override = messages?.[reason] ?? (reason === 'valueMissing' ? requiredMessage : undefined);
    const text = override != null ? resolveText(override, locale) : '';
    return text !== '' ? text : undefined;
  }

  /** A problem in words: the author's override, else the check's own words, else ours. */
  protected messageOf(problem: Problem, locale: Locale): string {
    const override = this.#override(problem.reason, locale);
    if (override !== undefined) return override;
    if (problem.words) return problem.words(locale);
    // A validator that rejects an empty answer (a data-model schema: "Enter
    // your NHS number") asks for it better than our general words.
    if (problem.reason === 'valueMissing') {
      if (this.#emptyAnswerProblem === undefined) this.#emptyAnswerProblem = this.validatorProblem('');
      const words = this.#emptyAnswerProblem?.words;
      if (words) return words(locale);
    }
    return this.defaultMessage(problem.reason, locale, problem.target ?? undefined);
  }

  /** Our catalogue's message; controls with other words (choices, files) override. */
  protected defaultMessage(reason: ValidityReason, locale: Locale, control?: ControlElement): string {
    const m = formMessages[locale];
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
        return m.tooLong(Number(this.getAttribute('maxlength') ?? control?.getAttribute('maxlength')));
      case 'tooShort':
        return m.tooShort(Number(this.getAttribute('minlength') ?? control?.getAttribute('minlength')));
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

  /** Tells the browser about the other problems so native submission blocks too. */
  #syncCustomValidity(): void {
    const control = this.controls[0];
    if (!control) return;
    const disabled = this.controls.every((c) => c.matches(':disabled'));
    const problem = disabled ? null : this.#beyondNative();
    // The text is never shown (our `invalid` handler stops the browser's
    // bubble); it only marks the control invalid for native submission.
    // Written only when it changes: each write makes the browser restyle.
    const reason = problem ? problem.reason : '';
    if ((customValidityOf.get(control) ?? '') !== reason) {
      control.setCustomValidity(reason);
      customValidityOf.set(control, reason);
    }
  }

  /** A shown error goes once the answer is fixed; the server's error too. */
  #clearIfFixed(): void {
    const fixed = this.#currentProblem() === null;
    if (!fixed) return;
    if (this.#checked && this.#shown) {
      this.#shown = null;
      this.requestUpdate();
    } else if (!this.#checked && !this.#authorErrorDismissed && this.field.error && this.value !== this.#arrivedWith) {
      this.#authorErrorDismissed = true;
      this.requestUpdate();
    }
  }

  // ---- form participation (called by FormParticipation) -----------------

  formResetCallback(): void {
    this.#checked = false;
    this.#shown = null;
    this.#authorErrorDismissed = false;
    this.invalidateValidity();
    this.requestUpdate();
  }

  /** A submit attempt checks again every control already showing a check. */
  submitAttempted(): void {
    if (this.#checked) {
      this.#shown = this.#currentProblem();
      this.requestUpdate();
    }
  }

  // ---- events ------------------------------------------------------------

  readonly #onInvalid = (event: Event): void => {
    // Our own checkValidity() fires `invalid` on the element: nothing to show.
    if (event.target === this) return;
    // Stop the browser's own bubble (in the browser's language); show ours.
    event.preventDefault();
    this.#check();
  };
  readonly #onInput = (): void => {
    this.invalidateValidity();
  };
  readonly #onChange = (): void => {
    this.invalidateValidity();
    this.#clearIfFixedOncePressed();
  };
  readonly #onFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.#clearIfFixedOncePressed();
  };

  /**
   * A text box's change and focusout come when a pointer presses something
   * else (Continue, most often). Clearing the error then would move the page
   * up under the pointer: the release would land elsewhere, and the click
   * that sends the form would never happen. So it waits for the release.
   */
  #clearIfFixedOncePressed(): void {
    if (pointerPresses.isDown(this.ownerDocument)) pointerPresses.afterRelease(this.ownerDocument, () => this.#clearIfFixed());
    else this.#clearIfFixed();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    pointerPresses.watch(this.ownerDocument);
    this.addEventListener('invalid', this.#onInvalid, true);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('focusout', this.#onFocusOut);
    const form = this.closest('form');
    if (form) {
      this.#participation = FormParticipation.of(form);
      this.#participation.register(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid, true);
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('change', this.#onChange);
    this.removeEventListener('focusout', this.#onFocusOut);
    this.#participation?.unregister(this);
    this.#participation = null;
  }

  /**
   * What the template renders from: the props, with the id and the error to
   * show now. Controls with state of their own that the (pure) template needs
   * (a live count, whether a password is shown) add it here; the server
   * renders without it, which is the no-JavaScript state.
   */
  protected renderProps(): typeof this.props {
    return { ...this.props, controlId: this.fieldId, error: this.errorMessage };
  }

  protected override render(): unknown {
    return this.renderTemplate(this.renderProps());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A language switch alone changes no rule; anything else may.
    if (changed.size > 0) {
      this.#customProblem = undefined;
      this.#emptyAnswerProblem = undefined;
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.#pendingValue !== undefined && this.controls[0]) {
      this.controls[0].value = this.#pendingValue;
      this.#pendingValue = undefined;
      this.#customProblem = undefined;
    }
    this.#arrivedWith = this.value;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncCustomValidity();
    if (DEV_MODE) this.#reportSharedIds();
  }

  /**
   * Two fields with one id: the label, the hint, the error and the error
   * summary's link of the second all find the first. The document's own
   * index answers for the first holder at once, so a page of a thousand
   * fields pays nothing for the check.
   */
  #reportSharedIds(): void {
    if (!this.isConnected) return;
    const root = this.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    for (const control of this.controls) {
      if (!control.id) continue;
      const holder = root.getElementById(control.id);
      if (!holder || holder === control) continue;
      const owner = holder.closest('[name]')?.getAttribute('name') ?? holder.getAttribute('name');
      reportDeveloperErrors(this, [
        `<${this.localName} name="${this.field.name ?? ''}">: id "${control.id}" is already on the page (${holder.localName}${owner ? ` named "${owner}"` : ''}), so this field's label, hint, error and error-summary link would all go to that one. ` +
          'Give each field its own name, or its own id="…".',
      ]);
    }
  }
}

/** The check for a schema name nobody registered: refuse, never accept unchecked. */
const unknownSchema: Validator = (value) => (value.trim() === '' ? null : { reason: 'schemaUnavailable', message: (locale) => formMessages[locale].invalid });
