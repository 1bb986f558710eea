import type { PropertyValues } from 'lit';
import type { Locale } from '@cydran/i18n';
import { FormControl, type Problem, type ValidityReason, type ControlElement } from '../internal/form-control.js';
import { formMessages } from '../internal/messages.js';
import { litProperties } from '../internal/props.js';
import { characterCountMessages } from './character-count.messages.js';
import {
  type CharacterCountProps,
  type CharacterCountState,
  characterCountDefinition,
  characterCountProps,
  countLimit,
  countOf,
} from './character-count.template.js';

/**
 * A textarea that counts characters or words against a limit. The visible
 * count updates as the person types; screen readers hear it once typing
 * pauses, so they are not talked over on every key. Over the limit the count
 * becomes an error and the form will not submit, but nothing typed or pasted
 * is cut off.
 *
 * @tag cyd-character-count
 */
export class CydCharacterCount extends FormControl<typeof characterCountProps> {
  static override definition = characterCountDefinition;
  static override properties = litProperties(characterCountProps);

  // Its browser render differs from the server's: the live count replaces the server's static limit text.
  protected override adoptsServerMarkup(): boolean {
    return false;
  }
  /** How long typing must pause before the count is announced (ms). */
  static announceDelay = 1000;

  #announcedCount: number | undefined;
  #renderedCount = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** Characters or words in the answer now (whichever the limit counts). */
  get count(): number {
    const limit = countLimit(this.props);
    // Before the first render there is no textarea yet: count the default.
    const value = this.controls[0] ? this.value : super.value || this.props.defaultValue || '';
    return countOf(value, limit?.unit ?? 'characters');
  }

  /** How many are left before the limit (negative when over), or null with no limit. */
  get remaining(): number | null {
    const limit = countLimit(this.props);
    return limit ? limit.max - this.count : null;
  }

  override get value(): string {
    return super.value;
  }
  override set value(value: string) {
    super.value = value;
    this.requestUpdate();
  }

  protected override renderProps(): CharacterCountProps & CharacterCountState {
    this.#renderedCount = this.count;
    return { ...super.renderProps(), enhanced: true, count: this.#renderedCount, announcedCount: this.#announcedCount };
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Upgrading a server render puts back what was typed before the script
    // loaded, after this render counted the default: count again once done.
    void this.updateComplete.then(() => {
      if (this.count !== this.#renderedCount) this.requestUpdate();
    });
  }

  protected override customProblem(): Problem | null {
    const limit = countLimit(this.props);
    const control = this.controls[0];
    if (limit && control && !control.disabled && countOf(this.value, limit.unit) > limit.max) {
      return { reason: limit.unit === 'words' ? 'tooManyWords' : 'tooLong', target: control };
    }
    return super.customProblem();
  }

  protected override defaultMessage(reason: ValidityReason, locale: Locale, control?: ControlElement): string {
    const limit = countLimit(this.props);
    if (reason === 'tooLong' && limit) return formMessages[locale].tooLong(limit.max);
    if (reason === 'tooManyWords' && limit) return characterCountMessages[locale].tooManyWords(limit.max);
    return super.defaultMessage(reason, locale, control);
  }

  readonly #onInput = (): void => {
    this.requestUpdate();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(
      () => {
        this.#announcedCount = this.count;
        this.requestUpdate();
      },
      (this.constructor as typeof CydCharacterCount).announceDelay,
    );
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('input', this.#onInput);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.#onInput);
    clearTimeout(this.#announceTimer);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydCharacterCount extends CharacterCountProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-character-count': CydCharacterCount;
  }
}
