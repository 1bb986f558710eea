import type { Locale } from '@cydran/i18n';

/**
 * Form participation, in one place for every Cydran control and error
 * summary. One `FormParticipation` per `<form>` attaches the form's submit,
 * invalid, reset and formdata listeners once; controls and summaries register
 * with it when they connect and unregister when they disconnect, so nothing
 * outlives its element and nobody rescans the form.
 *
 * A form's named controls shadow its own properties and methods (a field
 * named `querySelectorAll` or `noValidate` replaces `form.querySelectorAll` or
 * `form.noValidate`: DOM clobbering). So this module never calls a method or
 * reads a property through the form object; it calls the prototypes' own.
 */

/** What a control offers its form. Implemented by FormControl. */
export interface ParticipatingControl extends HTMLElement {
  /** The native controls that take part in validation. */
  readonly controls: readonly (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[];
  /** The error the control shows now, as a message in any language, or null. */
  shownError(): ShownError | null;
  /** Native reset has restored the form's values. */
  formResetCallback(): void;
  /** A submit attempt was blocked: a control already showing a check checks again. */
  submitAttempted(): void;
  /** The form is building its data set (FormData, submission). */
  formDataCallback?(data: FormData): void;
}

/** What an error summary offers the form it reports on. */
export interface ParticipatingSummary extends HTMLElement {
  /** The form it reports on (its own ancestor, or `for="id"`). */
  readonly form: HTMLFormElement | null;
  /** A submit attempt was blocked: these are the errors, in document order. */
  showErrors(errors: readonly SummaryEntry[]): void;
  /** The form was reset. */
  formResetCallback(): void;
}

/** An error a control shows: where to go to fix it, and its words in a language. */
export interface ShownError {
  /** The id of the native control to focus. */
  targetId: string;
  message(locale: Locale): string;
}

export interface SummaryEntry extends ShownError {
  control: ParticipatingControl;
}

// Read from the prototypes at each call (not at import, so Node can import this module).
export const addListener = (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
  EventTarget.prototype.addEventListener.call(target, type, listener, options);
export const removeListener = (target: EventTarget, type: string, listener: EventListener, options?: EventListenerOptions) =>
  EventTarget.prototype.removeEventListener.call(target, type, listener, options);
const hasAttribute = (element: Element, name: string): boolean => Element.prototype.hasAttribute.call(element, name);
const getAttribute = (element: Element, name: string): string | null => Element.prototype.getAttribute.call(element, name);
const follows = (a: Node, b: Node): boolean => (Node.prototype.compareDocumentPosition.call(a, b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** `form.noValidate`, read so that a field named `noValidate` cannot change it. */
export function formSkipsValidation(form: HTMLFormElement): boolean {
  return hasAttribute(form, 'novalidate');
}

/** `form.id`, read so that a field named `id` cannot change it. */
export function formIdOf(form: HTMLFormElement): string {
  return getAttribute(form, 'id') ?? '';
}

function inDocumentOrder<T extends Node>(nodes: Iterable<T>): T[] {
  return [...nodes].sort((a, b) => (follows(a, b) ? -1 : 1));
}

/** Error summaries connected anywhere: one with `for` may sit outside its form. */
const summaries = new Set<ParticipatingSummary>();
const participations = new WeakMap<HTMLFormElement, FormParticipation>();

export class FormParticipation {
  readonly form: HTMLFormElement;
  readonly #controls = new Set<ParticipatingControl>();
  #attemptPending = false;
  #resetPending = false;

  private constructor(form: HTMLFormElement) {
    this.form = form;
    addListener(form, 'submit', this.#onSubmit as EventListener, { capture: true });
    addListener(form, 'invalid', this.#onInvalid, { capture: true });
    addListener(form, 'reset', this.#onReset);
    addListener(form, 'formdata', this.#onFormData as EventListener);
  }

  /** The form's participation, created on first use. */
  static of(form: HTMLFormElement): FormParticipation {
    let participation = participations.get(form);
    if (!participation) participations.set(form, (participation = new FormParticipation(form)));
    return participation;
  }

  /** The participation of a form that has one already (never creates). */
  static existing(form: HTMLFormElement): FormParticipation | undefined {
    return participations.get(form);
  }

  get controls(): ParticipatingControl[] {
    return inDocumentOrder(this.#controls);
  }

  register(control: ParticipatingControl): void {
    this.#controls.add(control);
  }

  unregister(control: ParticipatingControl): void {
    this.#controls.delete(control);
    if (this.#controls.size === 0) this.#detach();
  }

  #detach(): void {
    removeListener(this.form, 'submit', this.#onSubmit as EventListener, { capture: true });
    removeListener(this.form, 'invalid', this.#onInvalid, { capture: true });
    removeListener(this.form, 'reset', this.#onReset);
    removeListener(this.form, 'formdata', this.#onFormData as EventListener);
    participations.delete(this.form);
  }

  /** The summaries reporting on this form. */
  summaries(): ParticipatingSummary[] {
    return [...summaries].filter((summary) => summary.form === this.form);
  }

  /**
   * A form with `novalidate` (the server validates) is not checked by the
   * browser on submit; Cydran checks it here, through the same path as a
   * validating form: each native control's `checkValidity()` fires `invalid`,
   * which the control and this participation handle. Runs in the capture
   * phase, before the page's own submit handlers, and stops an invalid
   * submission before they see it, as native validation would.
   */
  readonly #onSubmit = (event: SubmitEvent): void => {
    const submitter = event.submitter;
    if (submitter !== null && hasAttribute(submitter, 'formnovalidate')) return;
    if (formSkipsValidation(this.form)) {
      let valid = true;
      for (const control of this.controls) {
        for (const native of control.controls) {
          if (!native.checkValidity()) valid = false;
        }
      }
      if (!valid) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
    }
    // A valid submission: errors still showing from an earlier attempt go,
    // for a page that handles the submission in script and stays.
    for (const control of this.controls) control.submitAttempted();
    this.reportAttempt();
  };

  /**
   * One `invalid` event fires per invalid control, synchronously, during one
   * submit attempt. A task (not a microtask, which would run between them)
   * runs after the last, when every control shows its error.
   */
  readonly #onInvalid = (event: Event): void => {
    // Only a native control's `invalid` is a submit attempt (an element's own checkValidity() fires one too).
    const target = event.target;
    const native = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (!native || this.#attemptPending) return;
    this.#attemptPending = true;
    setTimeout(() => {
      this.#attemptPending = false;
      for (const control of this.controls) control.submitAttempted();
      const entries = this.reportAttempt();
      // With no summary to take focus, take the person to the first problem,
      // as the browser does for a form it validates itself.
      if (this.summaries().length === 0) entries[0]?.control.focus();
    });
  };

  /** Tells the form's summaries which errors show now (after a blocked submit, or `validate()` in script). */
  reportAttempt(): SummaryEntry[] {
    const entries = this.#entries();
    for (const summary of this.summaries()) summary.showErrors(entries);
    return entries;
  }

  #entries(): SummaryEntry[] {
    const entries: SummaryEntry[] = [];
    for (const control of this.controls) {
      const error = control.shownError();
      if (error) entries.push({ ...error, control });
    }
    return entries;
  }

  // Native reset restores the values after the `reset` event: act a task later.
  readonly #onReset = (event: Event): void => {
    if (event.target !== this.form || this.#resetPending) return;
    this.#resetPending = true;
    setTimeout(() => {
      this.#resetPending = false;
      for (const control of this.controls) control.formResetCallback();
      for (const summary of this.summaries()) summary.formResetCallback();
    });
  };

  readonly #onFormData = (event: FormDataEvent): void => {
    for (const control of this.controls) control.formDataCallback?.(event.formData);
  };
}

/** An error summary starts or stops listening for its form's errors. */
export function connectSummary(summary: ParticipatingSummary): void {
  summaries.add(summary);
}

export function disconnectSummary(summary: ParticipatingSummary): void {
  summaries.delete(summary);
}
