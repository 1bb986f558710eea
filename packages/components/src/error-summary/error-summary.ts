import { nothing, type PropertyValues } from 'lit';
import { LOCALES } from '@cydran/i18n';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { errorSummaryMessages } from './error-summary.messages.js';
import { type ErrorSummaryItem, type ErrorSummaryProps, errorSummaryDefinition, errorSummaryProps } from './error-summary.template.js';

/**
 * What the summary reads from a form control. Duck-typed on FormControl's
 * `cydFormControl` marker so the summary does not import (and bundle) it.
 */
interface SummarisedControl extends HTMLElement {
  readonly cydFormControl: true;
  readonly errorMessage: string;
  readonly fieldId: string;
  readonly problem: { target: HTMLElement | null } | null;
}

function isSummarisedControl(element: Element): element is SummarisedControl {
  return (element as Partial<SummarisedControl>).cydFormControl === true;
}

/** Where a link should land: the problem's native control, else the field's id. */
function targetIdOf(control: SummarisedControl): string {
  return control.problem?.target?.id || control.fieldId;
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
 * Given `errors`, it shows that list (the server's, with JavaScript off too).
 * Inside a form (or `for="form-id"`) it also summarises the form's own
 * controls after a submit attempt the browser blocked, keeps the list up to
 * date as answers are fixed, and follows language switches live.
 *
 * @tag cyd-error-summary
 */
export class CydErrorSummary extends CydElement<typeof errorSummaryProps> {
  static override definition = errorSummaryDefinition;
  static override properties = litProperties(errorSummaryProps);

  /** True once the summary has read the form's controls; from then on it lists theirs. */
  #fromForm = false;
  #collectPending = false;
  #focusAfterRender = false;
  #titlePrefixed = false;
  #listening: Document | ShadowRoot | null = null;

  /** The form this summary reports on. */
  get form(): HTMLFormElement | null {
    const id = this.props.formId;
    if (id) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const found = root.getElementById?.(id) ?? document.getElementById(id);
      return found instanceof HTMLFormElement ? found : null;
    }
    return this.closest('form');
  }

  /** The errors listed now, with links, in the summary's language. */
  get items(): ErrorSummaryItem[] {
    if (!this.#fromForm) return Array.isArray(this.props.errors) ? this.props.errors : [];
    const form = this.form;
    if (!form) return [];
    // Read from the controls each time, never cached strings: messages follow
    // language switches and disappear as answers are fixed.
    return [...form.querySelectorAll('*')]
      .filter(isSummarisedControl)
      .filter((control) => control.errorMessage !== '')
      .map((control) => ({ href: `#${targetIdOf(control)}`, text: control.errorMessage }));
  }

  /**
   * Reads the form's controls now and shows their errors, focusing the
   * summary if there are any. For forms with `novalidate` that check answers
   * in script: call it after `validate()` on the controls. Returns whether
   * there were errors.
   */
  showFormErrors(): boolean {
    this.#fromForm = true;
    const hasErrors = this.items.length > 0;
    this.#focusAfterRender = hasErrors && !this.props.noAutofocus;
    this.requestUpdate();
    return hasErrors;
  }

  override focus(options?: FocusOptions): void {
    this.#root()?.focus(options);
  }

  #root(): HTMLElement | null {
    return this.querySelector<HTMLElement>(':scope > [data-cyd-root]');
  }

  #belongsToForm(node: EventTarget | null): boolean {
    const form = this.form;
    if (!form || !(node instanceof Element)) return false;
    return (node as Partial<HTMLInputElement>).form === form || form.contains(node);
  }

  readonly #onInvalid = (event: Event): void => {
    if (!this.#belongsToForm(event.target) || this.#collectPending) return;
    this.#collectPending = true;
    // One `invalid` event fires per invalid control, synchronously, during
    // one submit attempt. A task (not a microtask, which would run between
    // them) runs after the last, when every control has marked itself checked.
    setTimeout(() => {
      this.#collectPending = false;
      this.showFormErrors();
    });
  };

  readonly #onAnswerChanged = (event: Event): void => {
    if (this.#fromForm && this.#belongsToForm(event.target)) this.requestUpdate();
  };

  readonly #onReset = (event: Event): void => {
    // A reset form is back to how the page arrived: controls forget their
    // checks, so the summary goes back to the list it was given (if any).
    if (this.#fromForm && event.target === this.form) {
      this.#fromForm = false;
      this.requestUpdate();
    }
  };

  readonly #onClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a.cyd-error-summary__link');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#') || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const id = decodeURIComponent(href.slice(1));
    const target = root.getElementById?.(id) ?? document.getElementById(id);
    if (!target) return; // Let the browser follow the link as it would.
    event.preventDefault();
    focusField(target);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    // Listening at the root rather than on the form: a `for` form may not
    // be parsed yet when the summary (above it on the page) connects.
    // `invalid` does not bubble, hence the capture phase.
    const root = this.getRootNode() as Document | ShadowRoot;
    root.addEventListener('invalid', this.#onInvalid, true);
    root.addEventListener('input', this.#onAnswerChanged);
    root.addEventListener('change', this.#onAnswerChanged);
    root.addEventListener('reset', this.#onReset, true);
    this.#listening = root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    const root = this.#listening;
    root?.removeEventListener('invalid', this.#onInvalid, true);
    root?.removeEventListener('input', this.#onAnswerChanged);
    root?.removeEventListener('change', this.#onAnswerChanged);
    root?.removeEventListener('reset', this.#onReset, true);
    this.#listening = null;
    this.#syncDocumentTitle(0);
  }

  protected override render(): unknown {
    return this.definition.template({ ...this.props, errors: this.items } as ErrorSummaryProps, this.locale, nothing);
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
