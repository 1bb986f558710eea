import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import type { Locale } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import { fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { textareaControl, textareaProps } from '../textarea/textarea.template.js';
import { characterCountMessages } from './character-count.messages.js';

export const characterCountProps = {
  ...textareaProps,
  /**
   * The most characters allowed. Not put on the textarea as `maxlength`: the
   * browser would silently cut off pasted text. Over the limit, the count
   * turns into an error and the form will not submit.
   */
  maxlength: { kind: 'number' },
  /** The most words allowed (words are runs of non-space characters); instead of `maxlength`. */
  maxwords: { kind: 'number' },
  /** Only show the count once the answer reaches this percentage of the limit. */
  threshold: { kind: 'number' },
} as const satisfies PropSpec;

export type CharacterCountProps = Props<typeof characterCountProps>;

/**
 * What only the browser knows, given to the template by the element. The
 * server gives none of it, which renders the no-JavaScript form: a plain
 * textarea with a static "You can enter up to …" hint.
 */
export interface CharacterCountState {
  enhanced?: boolean;
  /** Characters or words in the answer now. */
  count?: number;
  /** The count the screen-reader status last settled on (after typing paused). */
  announcedCount?: number | undefined;
}

export type CountUnit = 'characters' | 'words';

/** The limit and what it counts, or null when neither is given. */
export function countLimit(p: Pick<CharacterCountProps, 'maxlength' | 'maxwords'>): { max: number; unit: CountUnit } | null {
  if (p.maxwords != null && p.maxwords > 0) return { max: p.maxwords, unit: 'words' };
  if (p.maxlength != null && p.maxlength > 0) return { max: p.maxlength, unit: 'characters' };
  return null;
}

/**
 * How much of an answer counts. Characters are UTF-16 code units, as a
 * native `maxlength` and most servers' length checks count them, so the
 * browser and the server agree. Words are runs of non-space characters.
 */
export function countOf(value: string, unit: CountUnit): number {
  return unit === 'words' ? (value.match(/\S+/g)?.length ?? 0) : value.length;
}

/** "You have 3 characters remaining" / "Mae gennych 3 nod yn ormod". */
export function countText(max: number, count: number, unit: CountUnit, locale: Locale): string {
  const m = characterCountMessages[locale];
  const left = max - count;
  if (unit === 'words') return left >= 0 ? m.wordsRemaining(left) : m.wordsTooMany(-left);
  return left >= 0 ? m.charactersRemaining(left) : m.charactersTooMany(-left);
}

function reachedThreshold(count: number, max: number, threshold: number | undefined): boolean {
  return !threshold || count >= (max * threshold) / 100;
}

export const characterCountDefinition = defineComponent({
  tag: 'cyd-character-count',
  props: characterCountProps,
  template(p: CharacterCountProps & CharacterCountState, locale) {
    const f = fieldWiring(p, locale);
    const limit = countLimit(p);
    if (!limit) return fieldTemplate(f, textareaControl(p, f), 'cyd-character-count');
    const m = characterCountMessages[locale];
    const infoId = `${f.id}-info`;
    const limitText = limit.unit === 'words' ? m.wordsLimit(limit.max) : m.charactersLimit(limit.max);
    const count = p.count ?? 0;
    const over = count > limit.max;
    const enhanced = p.enhanced === true;
    const announced =
      p.announcedCount !== undefined && reachedThreshold(p.announcedCount, limit.max, p.threshold)
        ? countText(limit.max, p.announcedCount, limit.unit, locale)
        : '';
    const statusClass = `cyd-character-count__status${over ? ' cyd-character-count__status--error' : ''}${
      reachedThreshold(count, limit.max, p.threshold) ? '' : ' cyd-character-count__status--below-threshold'
    }`;
    return fieldTemplate(
      f,
      html`${textareaControl(p, f, { describedBy: [infoId], overLimit: enhanced && over })}
        <div id=${infoId} class=${enhanced ? 'cyd-visually-hidden' : 'cyd-hint cyd-character-count__message'}>${limitText}</div>
        ${
          enhanced
            ? html`<div class=${statusClass} aria-hidden="true">${countText(limit.max, count, limit.unit, locale)}</div>
              <div class="cyd-visually-hidden cyd-character-count__announcer" aria-live="polite">${announced}</div>`
            : nothing
        }`,
      'cyd-character-count',
    );
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems = fieldProblems('cyd-character-count', p);
        if (p.maxlength == null && p.maxwords == null) {
          problems.push(
            '<cyd-character-count> has no limit, so there is nothing to count. Add maxlength="…" (characters) or maxwords="…" (words), or use <cyd-textarea>.',
          );
        } else if (p.maxlength != null && p.maxwords != null) {
          problems.push('<cyd-character-count> has both maxlength and maxwords; it counts words only. Remove one.');
        }
        if (p.threshold != null && (p.threshold <= 0 || p.threshold >= 100)) {
          problems.push(
            `<cyd-character-count>: threshold="${p.threshold}" is a percentage of the limit; give a number between 1 and 99, or leave it out to always show the count.`,
          );
        }
        return problems;
      }
    : undefined,
});
