import { LitElement, nothing, type PropertyValues } from 'lit';
import { LocaleController, type Locale, type Text, resolveText } from '@cydran/i18n';
import type { ComponentDefinition, RegionContent } from './definition.js';
import { type PropSpec, type Props, applyDefaults, litProperties, readProps } from './props.js';
import { reportDeveloperErrors, specProblems } from './developer-errors.js';
import { type CarriedState, hasMeaningfulContent, regionOf, restoreContent, takeExistingContent } from './upgrade.js';

/**
 * The base of every Cydran element. It owns, once for all components:
 * - rendering into the light DOM (native controls, labels and ids live in
 *   the document: see docs/adr/0001-light-dom-form-controls.md);
 * - the element's language, live (LocaleController);
 * - upgrading server-rendered markup without losing the person's input;
 * - reporting developer mistakes named by element, attribute and fix.
 *
 * A subclass sets `static definition` (tag, props, template) and
 * `static properties = litProperties(definition.props)`.
 */
export abstract class CydElement<S extends PropSpec = PropSpec> extends LitElement {
  static definition: ComponentDefinition;

  static propertiesFor(definition: ComponentDefinition): ReturnType<typeof litProperties> {
    return litProperties(definition.props);
  }

  protected readonly language = new LocaleController(this, (next, previous) => this.languageChanged(next, previous));
  #carried: CarriedState | null = null;
  /** Region keys of the author's content, for components with a `regionAttribute`. */
  #regionKeys: string[] = [];

  constructor() {
    super();
    applyDefaults(this.definition.props, this as unknown as Record<string, unknown>);
  }

  /** The element's language: its own `lang`, else its nearest ancestor's. */
  get locale(): Locale {
    return this.language.locale;
  }

  protected get definition(): ComponentDefinition<S> {
    return (this.constructor as typeof CydElement).definition as unknown as ComponentDefinition<S>;
  }

  /** The current property values, with bilingual attribute twins merged. */
  protected get props(): Props<S> {
    return readProps(this.definition.props, this as unknown as Record<string, unknown>);
  }

  /** Author text in this element's language. */
  protected text(value: Text | undefined): string {
    return resolveText(value, this.locale);
  }

  protected override createRenderRoot(): HTMLElement {
    // Light DOM. Whatever is inside now is either a server render (carry the
    // person's input across) or the author's content (move it into place).
    this.#carried = takeExistingContent(this);
    const regionAttribute = this.definition.regionAttribute;
    if (regionAttribute) {
      const keys = this.#carried.content.map((node) => regionOf(node, regionAttribute)).filter((key) => key !== '');
      this.#regionKeys = [...new Set(keys)];
    }
    return this;
  }

  /**
   * The `content` argument of the template. In the browser the author's
   * nodes are moved in after rendering, so this is `nothing`, or for a
   * component with regions, which regions have content.
   */
  protected templateContent(): unknown {
    if (!this.definition.regionAttribute) return nothing;
    return { main: nothing, regions: new Map(this.#regionKeys.map((key) => [key, nothing])) } satisfies RegionContent;
  }

  protected override render(): unknown {
    return this.definition.template(this.props, this.locale, this.templateContent());
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const carried = this.#carried;
    this.#carried = null;
    if (!carried) return;
    const unplaced = restoreContent(this, carried, this.definition.regionAttribute);
    if (hasMeaningfulContent(unplaced)) {
      const regionAttribute = this.definition.regionAttribute;
      reportDeveloperErrors(this, [
        regionAttribute
          ? `<${this.localName}>: some content has no place. Wrap each option's content in an element with ${regionAttribute}="<the option's value>". That content was removed.`
          : `<${this.localName}> does not take content; use its attributes instead. The content was removed.`,
      ]);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const props = this.props;
    reportDeveloperErrors(this, [
      ...specProblems(this.localName, this.definition.props, props as Record<string, unknown>),
      ...(this.definition.problems?.(props) ?? []),
    ]);
  }

  /** Called when the element's language changes; a re-render is already requested. */
  protected languageChanged(_next: Locale, _previous: Locale): void {}
}
