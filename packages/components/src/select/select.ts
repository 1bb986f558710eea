import type { Locale } from '@cydran/i18n';
import type { ContentElement } from '../internal/definition.js';
import { type ControlElement, FormControl, type ValidityReason } from '../internal/form-control.js';
import { formMessages } from '../internal/messages.js';
import { litProperties } from '../internal/props.js';
import { type SelectProps, optionsFromContent, selectDefinition, selectProps } from './select.template.js';

/** The DOM's elements in the shape the template's content reader takes (the server gives the same). */
function contentElementsOf(elements: Iterable<Element>): ContentElement[] {
  return [...elements].map((element) => ({
    tag: element.localName,
    attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    children: contentElementsOf(element.children),
  }));
}

/**
 * A drop-down list: label, hint, error and a native `<select>` in the light
 * DOM. The options' text follows the page's language live.
 *
 * @tag cyd-select
 */
export class CydSelect extends FormControl<typeof selectProps> {
  static override definition = selectDefinition;
  static override properties = litProperties(selectProps);

  protected override createRenderRoot(): HTMLElement {
    // A <select> in a template cannot take the author's nodes moved into it
    // reliably, and a language switch must re-word them, so the options are
    // read once into data. A server render is read back from its own
    // <select>, which carries both languages of each option.
    if (this.options === undefined) {
      const rendered = [...this.children].find((child) => child.hasAttribute('data-cyd-root'));
      const source = rendered ? rendered.querySelector('select') : this;
      const options = source ? optionsFromContent(contentElementsOf(source.children)) : [];
      if (options.length > 0) this.options = options;
      if (!rendered) {
        for (const child of [...this.children]) if (child.localName === 'option' || child.localName === 'optgroup') child.remove();
      }
    }
    return super.createRenderRoot();
  }

  protected override defaultMessage(reason: ValidityReason, locale: Locale, control?: ControlElement): string {
    if (reason === 'valueMissing') return formMessages[locale].valueMissingChoice;
    return super.defaultMessage(reason, locale, control);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydSelect extends SelectProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-select': CydSelect;
  }
}
