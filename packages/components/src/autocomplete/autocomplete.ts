import type { PropertyValues } from 'lit';
import { type Locale, foldForSearch, parseText, searchItems } from '@cydran/i18n';
import { CydElement } from '../internal/cyd-element.js';
import { reportDeveloperErrors } from '../internal/developer-errors.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { languageOf } from '../internal/field.js';
import { litProperties } from '../internal/props.js';
import { contentContainer } from '../internal/upgrade.js';
import {
  listboxIdOf,
  optionIdOf,
  type AutocompleteAnnouncement,
  type AutocompleteProps,
  type AutocompleteResult,
  type AutocompleteState,
  autocompleteDefinition,
  autocompleteProps,
} from './autocomplete.template.js';

let generatedIds = 0;

/**
 * What the combobox enhances: a select whose value it sets (and the
 * <cyd-select> that renders it, if one does), or a text input whose
 * suggestions come from its `<datalist>` (and the <cyd-text-input>, if any),
 * which becomes the combobox itself.
 */
type Source =
  | { kind: 'select'; host: Element | null; select: HTMLSelectElement }
  | { kind: 'text'; host: Element | null; input: HTMLInputElement; list: HTMLDataListElement | null };

const TEXT_TYPES = new Set(['text', 'search']);

/** The select attributes the combobox mirrors, and the ones a <cyd-select> re-render changes. */
const WATCHED_ATTRIBUTES = ['id', 'aria-describedby', 'aria-invalid', 'disabled', 'required', 'data-text', 'value'];

/**
 * Turns the select inside it (a `<cyd-select>`, or a plain `<select>` with
 * its `<label for>`) into a WAI-ARIA 1.2 combobox: type to narrow the list,
 * ignoring case and accents, results in Welsh or English alphabetical order
 * with matches at the start first, the count said politely in the page's
 * language. The select stays in the page, visually hidden, and is still the
 * one control that owns and submits the value: the combobox sets it. With
 * JavaScript off the select is all there is, and works.
 *
 * @tag cyd-autocomplete
 */
export class CydAutocomplete extends CydElement<typeof autocompleteProps> {
  static override definition = autocompleteDefinition;
  static override properties = litProperties(autocompleteProps);

  /** How long typing must pause before the number of results is said (ms). */
  static announceDelay = 700;

  #source: Source | null = null;
  #inputId = '';
  #labelId: string | undefined;
  #query = '';
  /** True while the box holds what the person typed rather than the chosen option's text. */
  #editing = false;
  #expanded = false;
  #results: AutocompleteResult[] = [];
  #active = -1;
  /** True while the answer is shorter than `min-length`. */
  #tooShort = false;
  /** What the combobox's own box was last rendered with: a different value there now was typed (or set by a script). */
  #rendered = '';
  #announcement: AutocompleteAnnouncement | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #describedBy: string | undefined;
  #invalid = false;
  #disabled = false;
  #required = false;
  #observer: MutationObserver | null = null;
  #form: HTMLFormElement | null = null;
  #attaching: Promise<void> | undefined;
  /** True while the combobox writes a chosen suggestion into the author's text input. */
  #settingText = false;

  // The browser adds the combobox; the server's markup is the select alone.
  protected override adoptsServerMarkup(): boolean {
    return false;
  }

  /** The combobox's text box (null until enhanced): the one it added for a select, or the author's text input. */
  get input(): HTMLInputElement | null {
    if (this.#source?.kind === 'text') return this.#source.input;
    return this.querySelector<HTMLInputElement>(':scope > [data-cyd-root] > .cyd-autocomplete__combobox > input');
  }

  /** The select that owns the value (null until enhanced, and for a text input). */
  get select(): HTMLSelectElement | null {
    return this.#source?.kind === 'select' ? this.#source.select : null;
  }

  /** The answer as the form submits it: the select's value, or the text input's. */
  get value(): string {
    const source = this.#source;
    if (!source) return '';
    return source.kind === 'select' ? source.select.value : source.input.value;
  }

  /**
   * Resolves once the combobox is in place and rendered (or the element has
   * found nothing to enhance): for scripts and tests that drive it.
   */
  async whenEnhanced(): Promise<void> {
    await this.updateComplete;
    await this.#attaching;
    await this.updateComplete;
  }

  /** The results listed now, best first. */
  get results(): readonly AutocompleteResult[] {
    return this.#results;
  }

  #state(): AutocompleteState {
    return {
      enhanced: true,
      ownInput: this.#source?.kind !== 'text',
      inputId: this.#inputId,
      labelId: this.#labelId,
      query: this.#query,
      expanded: this.#expanded,
      results: this.#results,
      active: this.#active,
      announcement: this.#announcement,
      describedBy: this.#describedBy,
      invalid: this.#invalid,
      disabled: this.#disabled,
      required: this.#required,
    };
  }

  protected override render(): unknown {
    const props: AutocompleteProps = this.props;
    if (!this.#source) return this.renderTemplate(props);
    return this.renderTemplate(props, () => autocompleteDefinition.template({ ...props, ...this.#state() }, this.locale, this.templateContent()));
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.#attaching = this.#attach();
  }

  /** Finds the select in the author's content (waiting for a <cyd-select> to render it) and enhances it. */
  async #attach(): Promise<void> {
    // After this first update has finished: enhancing renders again.
    await this.updateComplete;
    const container = contentContainer(this);
    const found = container?.querySelector('cyd-select, select, cyd-text-input, input');
    if (!container || !found) {
      if (DEV_MODE) {
        reportDeveloperErrors(this, [
          '<cyd-autocomplete> has nothing to enhance. Put a <cyd-select name="…" label="…" label-cy="…"> with its options inside it (or a <select name="…"> with its <label for>, or a text input with list="…" and its <datalist>).',
        ]);
      }
      return;
    }
    const host = found.localName.startsWith('cyd-') ? found : found.closest('cyd-select, cyd-text-input');
    if (host) {
      await customElements.whenDefined(host.localName);
      await Reflect.get(host, 'updateComplete');
    }
    const control = host ? host.querySelector('select, input') : found;
    if (control instanceof HTMLInputElement) {
      this.#attachText(host, control);
      return;
    }
    const select = control;
    if (!(select instanceof HTMLSelectElement) || select.multiple) {
      if (DEV_MODE && select instanceof HTMLSelectElement) {
        reportDeveloperErrors(this, [
          '<cyd-autocomplete>: its <select> is multiple, and a combobox chooses one answer. Use <cyd-checkboxes> for several answers.',
        ]);
      }
      return;
    }
    this.#source = { kind: 'select', host, select };
    this.#observe();
    this.#sync();
  }

  #attachText(host: Element | null, input: HTMLInputElement): void {
    if (!TEXT_TYPES.has(input.type)) {
      if (DEV_MODE)
        reportDeveloperErrors(this, [`<cyd-autocomplete>: its input is type="${input.type}"; suggestions work on a text input (type="text" or "search").`]);
      return;
    }
    const list = input.list instanceof HTMLDataListElement ? input.list : null;
    if (!list && DEV_MODE) {
      reportDeveloperErrors(this, [
        '<cyd-autocomplete>: its text input has no suggestions. Give it list="…" naming a <datalist> of <option value="…"> (which also works with JavaScript off).',
      ]);
    }
    this.#source = { kind: 'text', host, input, list };
    this.#observe();
    this.#sync();
  }

  #observe(): void {
    const container = contentContainer(this);
    if (!container) return;
    this.#observer ??= new MutationObserver(() => this.#sync());
    // A <cyd-select> re-renders its select: new options text on a language
    // switch, an error's aria-describedby, or a new select altogether.
    this.#observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    this.#form = this.closest('form');
    this.#form?.addEventListener('reset', this.#onReset);
  }

  /**
   * Moves what belongs to the combobox from the select: its id (so the label,
   * the error summary's links and `focus()` reach the combobox), its hint and
   * error (`aria-describedby`), invalid, disabled and required; hides the
   * select from everyone but the form. Runs again whenever the select changes.
   */
  #sync(): void {
    const source = this.#source;
    if (!source) return;
    if (source.kind === 'text') {
      this.#syncText(source);
      return;
    }
    if (source.host && !source.host.contains(source.select)) {
      const rendered = source.host.querySelector('select');
      if (rendered) source.select = rendered;
    }
    this.#adoptTyped();
    const select = source.select;
    if (select.id) {
      this.#inputId = select.id;
      select.removeAttribute('id');
    } else if (!this.#inputId) {
      this.#inputId = `cyd-autocomplete-${++generatedIds}`;
    }
    if (select.getAttribute('aria-hidden') !== 'true') select.setAttribute('aria-hidden', 'true');
    if (select.tabIndex !== -1) select.tabIndex = -1;
    const label = this.#labelOf(this.#inputId);
    if (label && !label.id) label.id = `${this.#inputId}-label`;
    this.#labelId = label?.id;
    this.#describedBy = select.getAttribute('aria-describedby') ?? undefined;
    this.#invalid = select.getAttribute('aria-invalid') === 'true';
    this.#disabled = select.matches(':disabled');
    this.#required = select.required;
    if (!this.#editing) this.#query = this.#chosenText();
    if (this.#expanded) this.#filter(false);
    this.requestUpdate();
  }

  /**
   * A text input is the combobox itself: it keeps its id, label, hint and
   * error, and gains the combobox's attributes after each render (`updated`).
   * Its native suggestions are turned off (`list` removed) while ours show.
   */
  #syncText(source: Extract<Source, { kind: 'text' }>): void {
    if (source.host && !source.host.contains(source.input)) {
      const rendered = source.host.querySelector('input');
      if (rendered) source.input = rendered;
    }
    const input = source.input;
    if (input.list instanceof HTMLDataListElement) source.list = input.list;
    if (input.hasAttribute('list')) input.removeAttribute('list');
    if (!input.id) input.id = this.#inputId || `cyd-autocomplete-${++generatedIds}`;
    this.#inputId = input.id;
    const label = this.#labelOf(this.#inputId);
    if (label && !label.id) label.id = `${this.#inputId}-label`;
    this.#labelId = label?.id;
    this.#invalid = input.getAttribute('aria-invalid') === 'true';
    this.#disabled = input.matches(':disabled');
    if (!this.#editing) this.#query = input.value;
    if (this.#expanded) this.#filter(false);
    this.requestUpdate();
  }

  /** The combobox's attributes on the author's text input, as the template gives them to the one it renders. */
  #wireTextInput(): void {
    const source = this.#source;
    if (source?.kind !== 'text') return;
    const input = source.input;
    const set = (name: string, value: string | null) => {
      if (value === null) input.removeAttribute(name);
      else if (input.getAttribute(name) !== value) input.setAttribute(name, value);
    };
    set('role', 'combobox');
    set('autocomplete', 'off');
    set('aria-autocomplete', 'list');
    set('aria-expanded', this.#expanded ? 'true' : 'false');
    set('aria-controls', listboxIdOf(this.#inputId));
    set('aria-activedescendant', this.#expanded && this.#active >= 0 ? optionIdOf(this.#inputId, this.#active) : null);
  }

  /**
   * The combobox's own box holds what the person typed, even where no input
   * event said so (a script, a browser restoring a form): it is kept, never
   * replaced by the chosen option's words on the next render.
   */
  #adoptTyped(): void {
    const box = this.#source?.kind === 'select' ? this.input : null;
    if (box && box.value !== this.#rendered) {
      this.#query = box.value;
      this.#rendered = box.value;
      this.#editing = true;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#adoptTyped();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#source?.kind === 'select') this.#rendered = this.#query;
    this.#wireTextInput();
  }

  #labelOf(id: string): HTMLLabelElement | null {
    const root = this.getRootNode();
    const scope = root instanceof Document || root instanceof ShadowRoot ? root : document;
    return scope.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(id)}"]`);
  }

  /** The chosen option's text ('' for the empty prompt). */
  #chosenText(): string {
    const select = this.select;
    const option = select?.selectedOptions[0];
    return option && option.value !== '' ? option.text : '';
  }

  /** The options a person can choose, in the select's order and the page's language. */
  #options(): AutocompleteResult[] {
    const source = this.#source;
    if (source?.kind === 'text') {
      return [...(source.list?.options ?? [])]
        .filter((option) => option.value !== '' && !option.disabled)
        .map((option) => ({ value: option.value, text: option.value }));
    }
    const select = this.select;
    if (!select) return [];
    const locale = this.locale;
    return [...select.options]
      .filter((option) => option.value !== '' && !option.disabled && !option.closest('optgroup:disabled'))
      .map((option) => ({ value: option.value, text: option.text, lang: this.#languageOf(option, locale) }));
  }

  /**
   * An option's language when it is not the page's. A <cyd-select> keeps both
   * languages of an option in `data-text`; its plain text is English (ADR
   * 0004). A plain select's options are in its own language.
   */
  #languageOf(option: HTMLOptionElement, locale: Locale): string | undefined {
    if (this.#source?.kind !== 'select' || !this.#source.host) return undefined;
    const language = languageOf(parseText(option.getAttribute('data-text')) ?? option.text, locale);
    return language === locale ? undefined : language;
  }

  /** Narrows the list to the query. `fresh`: the person typed, so the highlight and the announcement start again. */
  #filter(fresh: boolean, showAll = false): void {
    const locale = this.locale;
    const folded = foldForSearch(this.#query, locale);
    const minLength = Math.max(this.props.minLength ?? 0, 0);
    const previous = this.#results[this.#active]?.value;
    this.#tooShort = false;
    if (folded === '') {
      const all = showAll || (this.#expanded && this.props.showAllValues);
      this.#results = all ? this.#options() : [];
      this.#expanded = all && this.#results.length > 0;
    } else if (folded.length < minLength) {
      this.#results = [];
      this.#expanded = false;
      this.#tooShort = true;
    } else {
      this.#results = searchItems(this.#options(), this.#query, locale, (option) => option.text);
      this.#expanded = true;
    }
    if (fresh) {
      this.#active = this.props.autoselect && this.#results.length > 0 ? 0 : -1;
      this.#announceLater();
    } else {
      this.#active = previous === undefined ? -1 : this.#results.findIndex((result) => result.value === previous);
      // The list changed under the person (new words after a language switch): the status says so.
      if (this.#announcement) this.#announcement = this.#currentAnnouncement();
    }
  }

  /** What the status should say about the list as it is now. */
  #currentAnnouncement(): AutocompleteAnnouncement | undefined {
    if (this.#tooShort) return { tooShort: Math.max(this.props.minLength ?? 0, 0) };
    return this.#expanded ? { results: this.#results.length } : undefined;
  }

  #announceLater(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announcement = this.#currentAnnouncement();
      this.requestUpdate();
    }, CydAutocomplete.announceDelay);
  }

  #open(): void {
    if (!this.#expanded) this.#filter(true, this.props.showAllValues);
  }

  #close(): void {
    this.#expanded = false;
    this.#active = -1;
    this.#tooShort = false;
    clearTimeout(this.#announceTimer);
    this.#announcement = undefined;
    this.requestUpdate();
  }

  /** Sets the select, as a person choosing in it would (`input` then `change`), and shows the choice in the box. */
  #setValue(value: string, text: string): void {
    const source = this.#source;
    if (source?.kind === 'text') {
      if (source.input.value !== text) {
        source.input.value = text;
        this.#settingText = true;
        source.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        this.#settingText = false;
        source.input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      this.#query = text;
      this.#editing = false;
      this.#close();
      return;
    }
    const select = this.select;
    if (!select) return;
    if (select.value !== value) {
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    this.#query = text;
    this.#editing = false;
    this.#close();
  }

  #choose(index: number): void {
    const result = this.#results[index];
    if (result) this.#setValue(result.value, result.text);
  }

  /**
   * What the box says becomes the answer: the option it names exactly
   * (ignoring case and accents), or, for an empty box or words that name no
   * option, the select's empty prompt, so a required question is unanswered
   * rather than answered with something the person did not choose.
   */
  #commitText(): void {
    const select = this.select;
    if (!select) {
      // A text input's answer is what it says.
      this.#editing = false;
      if (this.#source?.kind === 'text') this.#query = this.#source.input.value;
      this.#close();
      return;
    }
    const locale = this.locale;
    const folded = foldForSearch(this.#query, locale);
    const named = folded === '' ? undefined : this.#options().find((option) => foldForSearch(option.text, locale) === folded);
    if (named) {
      this.#setValue(named.value, named.text);
      return;
    }
    const hasPrompt = [...select.options].some((option) => option.value === '');
    if (hasPrompt) this.#setValue('', this.#query);
    else this.#close();
    // Words that name nothing stay in the box for the person to correct.
    this.#editing = folded !== '';
  }

  #move(step: 1 | -1): void {
    this.#open();
    const count = this.#results.length;
    if (count === 0) return;
    if (step === 1) this.#active = (this.#active + 1) % count;
    else this.#active = this.#active <= 0 ? count - 1 : this.#active - 1;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.querySelector(`[id="${CSS.escape(`${this.#inputId}-option-${this.#active}`)}"]`)?.scrollIntoView({ block: 'nearest' });
    });
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.target !== this.input) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          this.#open();
          this.requestUpdate();
        } else {
          this.#move(1);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) {
          if (this.#expanded && this.#active >= 0) this.#choose(this.#active);
          else this.#close();
        } else {
          this.#move(-1);
        }
        break;
      case 'Enter':
        if (this.#expanded && this.#active >= 0) {
          // Choosing an option is not submitting the form.
          event.preventDefault();
          this.#choose(this.#active);
        } else {
          this.#commitText();
        }
        break;
      case 'Escape':
        if (this.#expanded) {
          event.preventDefault();
          this.#close();
        } else if (this.#query !== '') {
          event.preventDefault();
          if (this.#source?.kind === 'text') this.#setValue('', '');
          this.#query = '';
          this.#commitText();
        }
        break;
      case 'Home':
      case 'End':
        // The caret moves in the box (the browser does that); the highlight goes back to the box.
        if (this.#active >= 0) {
          this.#active = -1;
          this.requestUpdate();
        }
        break;
      default:
    }
  };

  readonly #onInput = (event: Event): void => {
    const input = this.input;
    if (event.target !== input || !input || this.#settingText) return;
    this.#query = input.value;
    if (this.#source?.kind === 'select') this.#rendered = input.value;
    this.#editing = true;
    this.#filter(true);
    this.requestUpdate();
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    if (event.target !== this.input) return;
    if (event.relatedTarget instanceof Node && this.input?.parentElement?.contains(event.relatedTarget)) return;
    if (this.#expanded && this.#active >= 0) this.#choose(this.#active);
    else this.#commitText();
  };

  readonly #onFocusIn = (event: FocusEvent): void => {
    // focus() on the <cyd-select>, an error summary link or a label click
    // reach the hidden select: the combobox stands for it.
    if (this.#source?.kind === 'select' && event.target === this.#source.select) this.input?.focus();
  };

  readonly #onMouseDown = (event: MouseEvent): void => {
    // Keep focus in the box while an option is clicked, or it would commit first.
    if (event.target instanceof Element && event.target.closest('.cyd-autocomplete__menu')) event.preventDefault();
  };

  readonly #onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target === this.input) {
      if (this.props.showAllValues && !this.#expanded) {
        this.#open();
        this.requestUpdate();
      }
      return;
    }
    const option = target.closest<HTMLElement>('.cyd-autocomplete__option[data-index]');
    if (option && this.contains(option)) {
      this.#choose(Number(option.dataset.index));
      this.input?.focus();
    }
  };

  readonly #onMouseOver = (event: MouseEvent): void => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>('.cyd-autocomplete__option[data-index]') : null;
    if (!option || !this.contains(option)) return;
    const index = Number(option.dataset.index);
    if (index !== this.#active) {
      this.#active = index;
      this.requestUpdate();
    }
  };

  readonly #onReset = (): void => {
    // The form resets its controls after the `reset` event: read the select once it has.
    setTimeout(() => {
      this.#editing = false;
      this.#close();
      this.#sync();
    }, 0);
  };

  protected override languageChanged(): void {
    // A <cyd-select> re-words its options as it re-renders (the observer
    // hears it); a plain select's results still sort in the new language.
    if (this.#expanded) this.#filter(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeyDown);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('focusout', this.#onFocusOut);
    this.addEventListener('focusin', this.#onFocusIn);
    this.addEventListener('mousedown', this.#onMouseDown);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('mouseover', this.#onMouseOver);
    if (this.#source) {
      this.#observe();
      this.#sync();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeyDown);
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('focusout', this.#onFocusOut);
    this.removeEventListener('focusin', this.#onFocusIn);
    this.removeEventListener('mousedown', this.#onMouseDown);
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('mouseover', this.#onMouseOver);
    this.#observer?.disconnect();
    this.#form?.removeEventListener('reset', this.#onReset);
    this.#form = null;
    clearTimeout(this.#announceTimer);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydAutocomplete extends AutocompleteProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-autocomplete': CydAutocomplete;
  }
}
