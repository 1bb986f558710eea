import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';
import { autocompleteMessages } from './autocomplete.messages.js';

/** The one list of <cyd-autocomplete>'s properties: attributes, types, defaults, server render and stories all come from it. */
export const autocompleteProps = {
  /** How many characters must be typed before results show (GOV.UK's `minLength`); 0 or 1 shows them from the first. */
  minLength: { kind: 'number', default: 0 },
  /** An empty box lists every option on focus, click or Down arrow (GOV.UK's `showAllValues`), in the select's own order. */
  showAllValues: { kind: 'boolean' },
  /** The first result is highlighted as the person types, so Enter or Tab chooses it (GOV.UK's `autoselect`). */
  autoselect: { kind: 'boolean' },
  /** `inline` pushes the content below down; `overlay` lays the list over it (GOV.UK's `displayMenu`). */
  menu: { kind: 'string', values: ['inline', 'overlay'], default: 'inline' },
} as const satisfies PropSpec;

export type AutocompleteProps = Props<typeof autocompleteProps>;

/** One option the person can choose, in the page's language. */
export interface AutocompleteResult {
  value: string;
  text: string;
  /** Its language, when not the page's (an option given only in English on a Welsh page). */
  lang?: string | undefined;
}

/** What the status region says: how many results, that none match, or that the answer is too short yet. */
export type AutocompleteAnnouncement = { results: number } | { tooShort: number };

/**
 * The combobox's state, which only the browser has (the element passes it).
 * The server renders without it: no combobox, only the author's select,
 * which is what works with JavaScript off.
 */
export interface AutocompleteState {
  enhanced: boolean;
  /** True when the combobox renders its own text box (for a select); false when the author's text input is the combobox. */
  ownInput: boolean;
  /** The id the select had: the label's `for` and the error summary's links now reach the combobox. */
  inputId: string;
  /** The select's label, which names the list too. */
  labelId?: string | undefined;
  query: string;
  expanded: boolean;
  results: readonly AutocompleteResult[];
  /** The highlighted result, or -1. */
  active: number;
  announcement?: AutocompleteAnnouncement | undefined;
  /** The select's hint and error, moved to the combobox. */
  describedBy?: string | undefined;
  invalid: boolean;
  disabled: boolean;
  required: boolean;
}

export const listboxIdOf = (inputId: string) => `${inputId}-listbox`;
export const optionIdOf = (inputId: string, index: number) => `${inputId}-option-${index}`;

function announcementText(announcement: AutocompleteAnnouncement | undefined, locale: Locale): string {
  const m = autocompleteMessages[locale];
  if (!announcement) return '';
  if ('tooShort' in announcement) return m.queryTooShort(announcement.tooShort);
  return announcement.results === 0 ? m.noResults : m.resultsAvailable(announcement.results);
}

function comboboxTemplate(p: AutocompleteProps, s: AutocompleteState, locale: Locale): TemplateResult {
  const listboxId = listboxIdOf(s.inputId);
  const noResults = s.expanded && s.results.length === 0;
  const options = noResults
    ? html`<li class="cyd-autocomplete__option cyd-autocomplete__option--no-results" role="option" aria-disabled="true" aria-selected="false">${autocompleteMessages[locale].noResults}</li>`
    : s.results.map(
        (result, index) => html`<li
          class="cyd-autocomplete__option${index === s.active ? ' cyd-autocomplete__option--active' : ''}"
          id=${optionIdOf(s.inputId, index)}
          role="option"
          aria-selected=${index === s.active ? 'true' : 'false'}
          aria-setsize=${s.results.length}
          aria-posinset=${index + 1}
          data-index=${index}
          lang=${ifDefined(result.lang)}
        >${result.text}</li>`,
      );
  const input = s.ownInput
    ? html`<input
        class="cyd-input cyd-autocomplete__input${s.invalid ? ' cyd-input--error' : ''}"
        id=${s.inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${s.expanded ? 'true' : 'false'}
        aria-controls=${listboxId}
        aria-activedescendant=${s.expanded && s.active >= 0 ? optionIdOf(s.inputId, s.active) : nothing}
        aria-describedby=${s.describedBy || nothing}
        aria-invalid=${s.invalid ? 'true' : nothing}
        aria-required=${s.required ? 'true' : nothing}
        ?disabled=${s.disabled}
        .value=${live(s.query)}
      />`
    : nothing;
  return html`<div class="cyd-autocomplete__combobox">
      ${input}
      <ul
        class="cyd-autocomplete__menu cyd-autocomplete__menu--${p.menu === 'overlay' ? 'overlay' : 'inline'}"
        id=${listboxId}
        role="listbox"
        aria-labelledby=${ifDefined(s.labelId)}
        ?hidden=${!s.expanded}
      >${s.expanded ? options : nothing}</ul>
    </div>
    <div class="cyd-visually-hidden cyd-autocomplete__status" role="status">${announcementText(s.announcement, locale)}</div>`;
}

const defaultState: AutocompleteState = {
  enhanced: true,
  ownInput: true,
  inputId: '',
  query: '',
  expanded: false,
  results: [],
  active: -1,
  invalid: false,
  disabled: false,
  required: false,
};

/**
 * Shared by the browser element and the server renderer. With no state (the
 * server, and the browser before it enhances) it is the author's select and
 * nothing else, which is the whole no-JavaScript experience; the browser
 * adds the combobox after it, keeping the select as the one control that
 * owns the value (docs/adr/0017-autocomplete-enhances-a-select.md).
 */
export const autocompleteDefinition = defineComponent({
  tag: 'cyd-autocomplete',
  props: autocompleteProps,
  template(p: AutocompleteProps & Partial<AutocompleteState>, locale, content) {
    const enhanced = p.enhanced === true && p.inputId !== undefined;
    const state = enhanced ? { ...defaultState, ...p } : undefined;
    // The root is a form group, so the select's own group nests in it
    // (base.css gives a nested group no margin and no error border of its
    // own) and an error shown on the combobox marks the whole question.
    return html`<div class="cyd-form-group cyd-autocomplete${state?.invalid ? ' cyd-form-group--error' : ''}${enhanced ? ' cyd-autocomplete--enhanced' : ''}" data-cyd-root>
      <div class="cyd-autocomplete__source" data-cyd-content>${content ?? nothing}</div>
      ${state ? comboboxTemplate(p, state, locale) : nothing}
    </div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (p.minLength !== undefined && (!Number.isInteger(p.minLength) || p.minLength < 0)) {
          problems.push(
            `<cyd-autocomplete>: min-length="${String(p.minLength)}" must be a whole number, 0 or more (how many characters before results show), e.g. min-length="2".`,
          );
        }
        return problems;
      }
    : undefined,
});
