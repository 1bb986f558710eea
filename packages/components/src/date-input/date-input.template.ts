import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveText } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import { controlIdOf, fieldProblems, fieldsetTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { PARTS, parseIso, parsePartialIso } from './date-input.check.js';
import { type DatePart, dateInputMessages } from './date-input.messages.js';

export const dateInputProps = {
  ...fieldProps,
  /** The initial date, ISO `YYYY-MM-DD` (restored by form reset). */
  defaultValue: { kind: 'string', attribute: 'value' },
  /**
   * The parts exactly as the person typed them, for a server showing back a
   * posted answer that is not (yet) a date: "7", "3", "". Win over `value`.
   */
  valueDay: { kind: 'string' },
  /** The month box exactly as the person typed it, for a server showing back a posted answer; wins over `value`. */
  valueMonth: { kind: 'string' },
  /** The year box exactly as the person typed it, for a server showing back a posted answer; wins over `value`. */
  valueYear: { kind: 'string' },
  /**
   * Also submit the whole date as `iso-name=YYYY-MM-DD` (added to the form's
   * FormData by script; with JavaScript off servers combine the three parts).
   */
  isoName: { kind: 'string' },
  /** `bday`: a date of birth. Sets bday-day/-month/-year and checks with @cydran/data-model's dateOfBirth. */
  autocomplete: { kind: 'string', values: ['bday', 'off'] },
  /** The date must be before today. */
  past: { kind: 'boolean' },
  /** The date must be after today. */
  future: { kind: 'boolean' },
  /** Earliest and latest dates allowed, ISO `YYYY-MM-DD`, inclusive. */
  min: { kind: 'string' },
  max: { kind: 'string' },
  /** With a server `error`: the parts it is about, e.g. "month year" (default: all three). */
  errorParts: { kind: 'string' },
  /**
   * The boxes to show, space separated: "month year" for a card's expiry or
   * an approximate date, "day month" for a birthday or an anniversary.
   * Default: all three.
   */
  parts: { kind: 'string' },
} as const satisfies PropSpec;

/** The parts a date input shows, from its `parts` attribute, in day-month-year order. */
export function shownParts(value: string | undefined): DatePart[] {
  if (!value) return [...PARTS];
  const named = value.split(/\s+/);
  const parts = PARTS.filter((part) => named.includes(part));
  return parts.length >= 2 ? parts : [...PARTS];
}

/** The part sets a date input can show: a date, a month and year, or a day and month. */
const PART_SETS = ['day month year', 'month year', 'day month'];

export type DateInputProps = Props<typeof dateInputProps>;

/** What the element knows and the server does not: which parts the problem shown is about. */
export interface DateInputState {
  wrongParts?: readonly DatePart[] | undefined;
}

/** The wrong parts, from the `error-parts` attribute (space separated). */
export function parseErrorParts(value: string | undefined): DatePart[] {
  const parts = (value ?? '').split(/\s+/).filter((p): p is DatePart => (PARTS as readonly string[]).includes(p));
  return parts.length ? parts : [...PARTS];
}

export const partIdOf = (id: string, part: DatePart): string => `${id}-${part}`;

const WIDTHS: Record<DatePart, string> = { day: '2', month: '2', year: '4' };

export const dateInputDefinition = defineComponent({
  tag: 'cyd-date-input',
  props: dateInputProps,
  template(p: DateInputProps & DateInputState, locale) {
    const id = controlIdOf(p);
    const error = resolveText(p.error, locale);
    // The element passes the parts its current problem names; a server error names them with error-parts.
    const wrong = error ? (p.wrongParts ?? parseErrorParts(p.errorParts)) : [];
    const iso = parsePartialIso(p.defaultValue);
    const typed: Record<DatePart, string | undefined> = { day: p.valueDay, month: p.valueMonth, year: p.valueYear };
    const anyTyped = PARTS.some((part) => typed[part] !== undefined);
    const initial = (part: DatePart): string | undefined => (anyTyped ? typed[part] : iso ? String(iso[part]) : undefined);
    const words = dateInputMessages[locale];
    const f = { ...fieldWiring(p, locale), fieldsetId: `${id}-fieldset`, error };
    const items = html`<div class="cyd-date-input">
      ${shownParts(p.parts).map((part) => {
        const isWrong = wrong.includes(part);
        return html`<div class="cyd-date-input__item">
          <label class="cyd-label cyd-date-input__label" for=${partIdOf(id, part)}>${words[part]}</label>
          <input
            class="cyd-input cyd-date-input__input cyd-input--width-${WIDTHS[part]}${isWrong ? ' cyd-input--error' : ''}"
            id=${partIdOf(id, part)}
            name=${ifDefined(p.name ? `${p.name}-${part}` : undefined)}
            type="text"
            inputmode="numeric"
            spellcheck="false"
            autocomplete=${p.autocomplete === 'bday' ? `bday-${part}` : ifDefined(p.autocomplete)}
            value=${ifDefined(initial(part))}
            ?disabled=${p.disabled}
            aria-invalid=${isWrong ? 'true' : nothing}
          />
        </div>`;
      })}
    </div>`;
    return fieldsetTemplate(f, items);
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems = fieldProblems('cyd-date-input', p);
        for (const [attribute, value] of [
          ['value', p.defaultValue],
          ['min', p.min],
          ['max', p.max],
        ] as const) {
          if (value && !(attribute === 'value' ? parsePartialIso(value) : parseIso(value)))
            problems.push(`<cyd-date-input name="${p.name ?? ''}">: ${attribute}="${value}" is not a date. Use YYYY-MM-DD, e.g. ${attribute}="2024-03-01".`);
        }
        if (p.past && p.future) problems.push(`<cyd-date-input name="${p.name ?? ''}"> has both past and future, so no date is allowed. Remove one.`);
        if (p.parts !== undefined) {
          const named = p.parts.split(/\s+/).filter(Boolean);
          const normalised = PARTS.filter((part) => named.includes(part)).join(' ');
          if (!PART_SETS.includes(normalised) || named.length !== normalised.split(' ').length) {
            problems.push(
              `<cyd-date-input name="${p.name ?? ''}">: parts="${p.parts}" is not a set of boxes a date can have. Use parts="day month year", "month year" or "day month".`,
            );
          }
        }
        const shown = shownParts(p.parts);
        if (!shown.includes('year') && (p.past || p.future || p.min || p.max || p.autocomplete === 'bday')) {
          problems.push(
            `<cyd-date-input name="${p.name ?? ''}">: parts="${p.parts}" has no year, so past, future, min, max and autocomplete="bday" cannot apply. Remove them, or show the year.`,
          );
        }
        return problems;
      }
    : undefined,
});
