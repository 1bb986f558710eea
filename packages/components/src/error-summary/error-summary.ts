import type { PropertyValues } from 'lit';
import { LOCALES } from '@cydran/i18n';
import { CydElement } from '../internal/cyd-element.js';
import {
  FormParticipation,
  type ParticipatingControl,
  type ParticipatingSummary,
  type SummaryEntry,
  connectSummary,
  disconnectSummary,
} from '../internal/form-participation.js';
import { litProperties } from '../internal/props.js';
import { fragmentId } from '../internal/safe-url.js';
import { errorSummaryMessages } from './error-summary.messages.js';
import { type ErrorSummaryItem, type ErrorSummaryProps, errorSummaryDefinition, errorSummaryProps } from './error-summary.template.js';

/** Where a link lands: an element's own id (`href="#email"` on `<cyd-text-input id="email">`) means its control. */
function focusTargetOf(target: HTMLElement): HTMLElement {
  if (isFormControlHost(target)) {
    const first = target.controls[0];
    const shown = target.shownError();
    const byError = shown ? target.ownerDocument.getElementById(shown.targetId) : null;
    return byError ?? first ?? target;
  }
  return target;
}

function isFormControlHost(element: HTMLElement): element is HTMLElement & ParticipatingControl {
  return Reflect.get(element, 'cydFormControl') === true;
}

/**
 * Scrolls to what names the field (its label, or its legend when the
 * control is one of a group), then focuses the control without scrolling
 * again, so the question is in view as well as the box. This is what
 * GOV.UK's error summary does: following a `#id` link alone scrolls the
 * input to the top edge (hiding its label) and does not focus it everywhere.
 */
function focusField(control: HTMLElement): void {
  const legend = control.closest('fieldset')?.querySelector(':scope > legend');
  let named: Element | null = null;
  if (legend) {
    const isChoice = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
    const legendTop = legend.getBoundingClientRect().top;
    const controlBottom = control.getBoundingClientRect().bottom;
    // A legend far above the control would scroll the control off screen.
    if (isChoice || controlBottom - legendTop < window.innerHeight / 2) named = legend;
  }
  named ??= ('labels' in control && (control as HTMLInputElement).labels?.[0]) || null;
  (named ?? control).scrollIntoView();
  control.focus({ preventScroll: true });
}

/**
 * The list of problems on a page, at the top, linking to each field.
 *
 * Given `errors`, it shows that list (the server's, with JavaScript off too),
 * each entry a link to its field, or plain text for an error that belongs to
 * no field (a failed sign-in). Inside a form (or `for="form-id"`) it also
 * lists the form's errors after each submit attempt the browser blocked; the
 * list stays until the next attempt (GOV.UK's behaviour: it does not change
 * while the person types) and follows language switches live.
 *
 * @tag cyd-error-summary
 */
export class CydErrorSummary extends CydElement<typeof errorSummaryProps> implements ParticipatingSummary {
  static override definition = errorSummaryDefinition;
  static override properties = litProperties(errorSummaryProps);

  /** The errors of the form's last blocked submit attempt; null until there is one (then the `errors` given show). */
  #formErrors: readonly SummaryEntry[] | null = null;
  #focusAfterRender = false;
  #titlePrefixed = false;

  /** The form this summary reports on. */
  get form(): HTMLFormElement | null {
    const id = this.props.formId;
    if (id) {
      const root = this.getRootNode();
      const found = root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : document.getElementById(id);
      return found instanceof HTMLFormElement ? found : null;
    }
    return this.closest('form');
  }

  /** The errors listed now, with links, in the summary's language. */
  get items(): ErrorSummaryItem[] {
    if (!this.#formErrors) return Array.isArray(this.props.errors) ? this.props.errors : [];
    const locale = this.locale;
    return this.#formErrors.map((entry) => ({ href: `#${entry.targetId}`, text: entry.message(locale) }));
  }

  /**
   * Shows the errors of a blocked submit attempt, focusing the summary if
   * there are any. The form tells the summary (FormParticipation); the list
   * stays as it is until the next attempt, as GOV.UK's does, and follows
   * language switches.
   */
  showErrors(errors: readonly SummaryEntry[]): void {
    this.#formErrors = errors;
    this.#focusAfterRender = errors.length > 0 && !this.props.noAutofocus;
    this.requestUpdate();
  }

  /**
   * Reads the form's controls now and shows the errors they show. For forms
   * with `novalidate` that check answers in script: call it after
   * `validate()` on the controls. Returns whether there were errors.
   */
  showFormErrors(): boolean {
    const form = this.form;
    const participation = form ? FormParticipation.existing(form) : undefined;
    const entries = participation
      ? participation.controls.flatMap((control) => {
          const error = control.shownError();
          return error ? [{ ...error, control }] : [];
        })
      : [];
    this.showErrors(entries);
    return entries.length > 0;
  }

  /** A reset form is back to how the page arrived: the summary shows the list it was given (if any). */
  formResetCallback(): void {
    this.#formErrors = null;
    this.requestUpdate();
  }

  override focus(options?: FocusOptions): void {
    this.#root()?.focus(options);
  }

  #root(): HTMLElement | null {
    return this.querySelector<HTMLElement>(':scope > [data-cyd-root]');
  }

  readonly #onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a.cyd-error-summary__link') : null;
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#') || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const root = this.getRootNode();
    const id = fragmentId(href.slice(1));
    const target = root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : document.getElementById(id);
    if (!(target instanceof HTMLElement)) return; // Let the browser follow the link as it would.
    event.preventDefault();
    focusField(focusTargetOf(target));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    connectSummary(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    disconnectSummary(this);
    this.#syncDocumentTitle(0);
  }

  protected override render(): unknown {
    return this.renderTemplate({ ...this.props, errors: this.items });
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // A page served with errors: take focus, unless the person has already
    // moved it (the script arrived after they started).
    const focusIsUnclaimed = document.activeElement === document.body || document.activeElement === null;
    if (this.items.length > 0 && !this.props.noAutofocus && focusIsUnclaimed) this.#focusAfterRender = true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const count = this.items.length;
    this.#syncDocumentTitle(count);
    if (this.#focusAfterRender) {
      this.#focusAfterRender = false;
      if (count > 0) this.#root()?.focus();
    }
  }

  // The title is read afresh each time, not remembered: the page may change
  // it meanwhile (to the other language, say), and that title must win.
  #syncDocumentTitle(errorCount: number): void {
    if (errorCount > 0 && this.props.updateTitle) {
      document.title = errorSummaryMessages[this.locale].documentTitle(withoutErrorPrefix(document.title));
      this.#titlePrefixed = true;
    } else if (this.#titlePrefixed) {
      document.title = withoutErrorPrefix(document.title);
      this.#titlePrefixed = false;
    }
  }
}

/** A title the server already prefixed ("Gwall: …") must not become "Gwall: Gwall: …". */
function withoutErrorPrefix(title: string): string {
  for (const locale of LOCALES) {
    const prefix = errorSummaryMessages[locale].documentTitle('');
    if (title.startsWith(prefix)) return title.slice(prefix.length);
  }
  return title;
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydErrorSummary extends ErrorSummaryProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-error-summary': CydErrorSummary;
  }
}
