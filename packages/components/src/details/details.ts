import type { PropertyValues } from 'lit';
import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { reportIfNoWords } from '../tag/no-words.js';
import { type DetailsProps, detailsDefinition, detailsProps } from './details.template.js';

/**
 * A native `<details>`: a short summary a person opens to read more. Works
 * with the keyboard (Enter or Space on the summary) and with JavaScript off.
 * `open` follows the person, so a re-render (a language switch) keeps it as
 * they left it.
 *
 * @tag cyd-details
 * @fires cyd-toggle - when the person opens or closes it; `detail.open` says which
 */
export class CydDetails extends CydElement<typeof detailsProps> {
  static override definition = detailsDefinition;
  static override properties = litProperties(detailsProps);

  /** The native element, once rendered. */
  get details(): HTMLDetailsElement | null {
    return this.querySelector<HTMLDetailsElement>(':scope > details.cyd-details');
  }

  readonly #onToggle = (event: Event): void => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || details !== this.details) return;
    if (this.open !== details.open) this.open = details.open;
    this.dispatchEvent(new CustomEvent('cyd-toggle', { bubbles: true, detail: { open: details.open } }));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // `toggle` does not bubble: listen in the capture phase.
    this.addEventListener('toggle', this.#onToggle, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('toggle', this.#onToggle, true);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    reportIfNoWords(this, !!this.props.words, '<cyd-details> reveals nothing. Add text="…" and text-cy="…", or put the HTML inside the tag.');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Adopted server markup renders nothing at first: set the state directly.
    const details = this.details;
    if (details && details.open !== this.open) details.open = this.open;
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydDetails extends DetailsProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-details': CydDetails;
  }
}
