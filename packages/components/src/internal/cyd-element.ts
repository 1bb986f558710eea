import { LitElement, ReactiveElement, noChange, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import { LocaleController, type Locale, type Text, resolveText } from '@cydran/i18n';
import { type ComponentDefinition, type ContentElement, type RegionContent, readsAsData, regionHintOf } from './definition.js';
import { type PropSpec, type Props, applyDefaults, readProps } from './props.js';
import { reportDeveloperErrors, specProblems, translationProblems } from './developer-errors.js';
import { DEV_MODE } from './dev-mode.js';
import { type CarriedState, contentContainer, hasMeaningfulContent, isRenderedRoot, regionOf, restoreContent, takeExistingContent } from './upgrade.js';

/**
 * The base of every Cydran element. It owns, once for all components:
 * - rendering into the light DOM (native controls, labels and ids live in
 *   the document: see docs/adr/0001-light-dom-form-controls.md);
 * - the element's language, live (LocaleController);
 * - upgrading server-rendered markup: the element adopts the markup that is
 *   there and renders only when something changes (see docs/adr/0003);
 * - author content, including children a framework adds after upgrade;
 * - reporting developer mistakes named by element, attribute and fix.
 *
 * A subclass sets `static definition` (tag, props, template) and
 * `static properties = litProperties(definition.props)`.
 */
export abstract class CydElement<S extends PropSpec = PropSpec> extends LitElement {
  static definition: ComponentDefinition;

  protected readonly language = new LocaleController(this, (next, previous) => this.languageChanged(next, previous));
  #props: Props<S> | undefined;
  #carried: CarriedState | null = null;
  /** The server-rendered nodes this element adopted, until it first renders itself. */
  #adopted: Node[] | null = null;
  /** Region keys of the author's content, for components with a `regionAttribute`. */
  #regionKeys: string[] = [];
  #childObserver: MutationObserver | null = null;

  constructor() {
    super();
    applyDefaults(this.definition.props, this);
  }

  /** The element's language: its own `lang`, else its nearest ancestor's. */
  get locale(): Locale {
    return this.language.locale;
  }

  protected get definition(): ComponentDefinition<S> {
    return definitionOf<S>(this);
  }

  /** The current property values, with bilingual attribute twins merged; read once per change. */
  protected get props(): Props<S> {
    return (this.#props ??= readProps(this.definition.props, this));
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name !== undefined && #props in this) this.#props = undefined;
    super.requestUpdate(name, oldValue, options);
  }

  /** Author text in this element's language. */
  protected text(value: Text | undefined): string {
    return resolveText(value, this.locale);
  }

  protected override createRenderRoot(): HTMLElement {
    // Light DOM. Whatever is inside now is either a server render (adopt it)
    // or the author's content (move it into place on the first render).
    if ([...this.children].some(isRenderedRoot)) {
      this.#adopted = [...this.childNodes];
    } else {
      this.#carry(takeExistingContent(this, [...this.childNodes], false));
    }
    return this;
  }

  /**
   * Holds `carried` until the next render puts it in place (`#restoreCarried`),
   * after anything still waiting for one. Only late children join what is
   * waiting, and they bring no controls or focus of their own.
   */
  #carry(carried: CarriedState): void {
    const waiting = this.#carried;
    this.#carried = waiting ? { ...waiting, content: [...waiting.content, ...carried.content] } : carried;
    const regionAttribute = this.definition.regionAttribute;
    if (regionAttribute) {
      const keys = this.#carried.content.map((node) => regionOf(node, regionAttribute)).filter((key) => key !== '');
      this.#regionKeys = [...new Set([...this.#regionKeys, ...keys])];
    }
  }

  /**
   * Whether the server's markup is exactly what this element would render
   * first. Controls whose browser render differs from their no-JavaScript
   * one (a live count, a show-password button) say no, and render at once.
   */
  protected adoptsServerMarkup(): boolean {
    return true;
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

  /**
   * The template for `props` (or what `template` gives, for an element whose
   * template takes more), or `noChange` while the adopted server markup still
   * stands for it. Every element renders through here.
   */
  protected renderTemplate(props: Props<S>, template?: () => unknown): unknown {
    if (this.#adopted) {
      if (!this.hasUpdated && this.adoptsServerMarkup()) return noChange;
      // Something changed since the server rendered: carry what the person
      // did across, and render from here on. Children a framework added
      // meanwhile wait for this render too; the server's content goes first.
      const late = this.#carried;
      this.#carried = null;
      this.#carry(takeExistingContent(this, this.#adopted, true));
      if (late) this.#carry(late);
      this.#adopted = null;
    }
    return template ? template() : this.definition.template(props, this.locale, this.templateContent());
  }

  protected override render(): unknown {
    return this.renderTemplate(this.props);
  }

  protected override update(changed: PropertyValues): void {
    if (this.#adopted && !this.hasUpdated && this.adoptsServerMarkup()) {
      // The adopted markup stands for the first render: skip Lit's render
      // (and the marker it would add to every element of the page), keep
      // the rest of an update (reflected attributes, update bookkeeping).
      const reactiveUpdate: unknown = Reflect.get(ReactiveElement.prototype, 'update');
      if (typeof reactiveUpdate === 'function') reactiveUpdate.call(this, changed);
      return;
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Frameworks (React and others) append children after the element has
    // rendered: they belong in the content container, not beside it.
    this.#childObserver ??= new MutationObserver((records) => this.#placeLateChildren(records));
    this.#childObserver.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  #placeLateChildren(records: MutationRecord[]): void {
    if (!this.hasUpdated) return;
    const late: Node[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.parentNode !== this || this.#adopted?.includes(node) || isRenderedRoot(node)) continue;
        if (node.nodeType === Node.COMMENT_NODE) continue; // Lit's markers
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim() === '') continue;
        late.push(node);
      }
    }
    if (late.length === 0) return;
    const regionAttribute = this.definition.regionAttribute;
    if (this.definition.propsFromContent) {
      this.contentChanged(late.filter((node): node is Element => node instanceof Element).map(contentElementOf));
      if (!regionAttribute && !contentContainer(this)) {
        // Data only (a select's options): read, and gone.
        for (const node of late) node.parentNode?.removeChild(node);
        return;
      }
      // Data and content (an accordion's sections, a summary list's rows):
      // read, then placed by the render the data asks for, which may make
      // their containers, exactly as the author's first children are.
      this.#carryLate(late);
      return;
    }
    if (regionAttribute) {
      const keys = late.map((node) => regionOf(node, regionAttribute)).filter((key) => key !== '');
      // A new region needs a container the current render does not have.
      if (keys.some((key) => !this.#regionKeys.includes(key))) {
        this.#carryLate(late);
        return;
      }
    }
    this.#report(restoreContent(this, { content: late, controls: new Map(), focusKey: null, selection: null }, regionAttribute));
  }

  /** Takes late children out, to be put in place after the next render. */
  #carryLate(late: Node[]): void {
    for (const node of late) node.parentNode?.removeChild(node);
    this.#carry({ content: late, controls: new Map(), focusKey: null, selection: null });
    this.requestUpdate();
  }

  /**
   * Content that is data (a select's options, an accordion's sections)
   * arrived after upgrade; the element reads it. If its template has content
   * containers, the nodes are then placed in them after the next render.
   */
  protected contentChanged(_elements: ContentElement[]): void {}

  #report(unplaced: Node[]): void {
    if (!hasMeaningfulContent(unplaced)) return;
    for (const node of unplaced) node.parentNode?.removeChild(node);
    if (!DEV_MODE) return;
    // Elements the definition reads as data with no region of their own (a
    // service navigation's links beside its start and end content) were read,
    // and need no place: the server renderer does not report them either.
    const misplaced = unplaced.filter((node) => !(node instanceof Element && readsAsData(this.definition, contentElementOf(node))));
    if (!hasMeaningfulContent(misplaced)) return;
    const regionAttribute = this.definition.regionAttribute;
    reportDeveloperErrors(this, [
      regionAttribute
        ? `<${this.localName}>: some content has no place. ${regionHintOf(this.definition)} That content was removed.`
        : `<${this.localName}> does not take content; use its attributes instead. The content was removed.`,
    ]);
  }

  /** The author's content and the person's input go back into the markup just rendered. */
  #restoreCarried(): void {
    const carried = this.#carried;
    if (carried && !this.#adopted) {
      this.#carried = null;
      this.#report(restoreContent(this, carried, this.definition.regionAttribute));
    }
  }

  // Before subclasses' firstUpdated, which may read the content.
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.#restoreCarried();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#restoreCarried();
    if (DEV_MODE) {
      const props = this.props;
      reportDeveloperErrors(this, [...specProblems(this.localName, this.definition.props, props), ...(this.definition.problems?.(props) ?? [])]);
      reportDeveloperErrors(this, translationProblems(this, this.definition.props, this.locale), 'warn');
    }
  }

  /** Called when the element's language changes; a re-render is already requested. */
  protected languageChanged(_next: Locale, _previous: Locale): void {}
}

function definitionOf<S extends PropSpec>(element: CydElement<S>): ComponentDefinition<S> {
  // `constructor` is typed `Function`; the static field is what the class adds.
  const constructor: object & { definition?: ComponentDefinition<S> } = element.constructor;
  const definition = constructor.definition;
  if (!definition) throw new Error(`<${element.localName}>: its class has no static definition.`);
  return definition;
}

/** An element in the shape `propsFromContent` reads (the server's parser gives the same). */
export function contentElementOf(element: Element): ContentElement {
  return {
    tag: element.localName,
    attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    children: [...element.children].map(contentElementOf),
  };
}
