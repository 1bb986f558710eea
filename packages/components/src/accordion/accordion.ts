import type { PropertyValues } from 'lit';
import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import type { ContentElement } from '../internal/definition.js';
import { litProperties } from '../internal/props.js';
import { contentContainers, isRenderedRoot } from '../internal/upgrade.js';
import {
  type AccordionProps,
  type AccordionSection,
  type AccordionState,
  SECTION_ATTRIBUTE,
  accordionDefinition,
  accordionProps,
  sectionsFromContent,
} from './accordion.template.js';

/** The id the URL's fragment names ('' for none, or one that is not a valid escape). */
function fragmentId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** Which sections were open, per accordion id, for the rest of the session. */
const STORAGE_PREFIX = 'cyd-accordion:';

function readStored(id: string): Record<string, boolean> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_PREFIX + id) ?? '{}');
    if (!stored || typeof stored !== 'object') return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'));
  } catch {
    return {}; // Storage refused (private mode, a policy) or not ours: start from the defaults.
  }
}

function writeStored(id: string, value: Record<string, boolean>): void {
  try {
    sessionStorage.setItem(STORAGE_PREFIX + id, JSON.stringify(value));
  } catch {
    // Storage refused: the sections still open and close, they are just not remembered.
  }
}

/**
 * Sections of content under headings that the person opens and closes.
 * With JavaScript off it is a plain list of headings, each followed by its
 * content. With it, each heading holds a button that shows or hides its
 * section, a "Show all sections" button opens or closes every one, open
 * sections are remembered for the session, and a link to something inside
 * a closed section opens it.
 *
 * @tag cyd-accordion
 */
export class CydAccordion extends CydElement<typeof accordionProps> {
  static override definition = accordionDefinition;
  static override properties = litProperties(accordionProps);

  /** The keys of the open sections. */
  #open = new Set<string>();
  /** Sections whose starting state has been worked out (so a new one added later gets its own). */
  #known = new Set<string>();
  /** The section holding the URL fragment's target when the page loaded. */
  #fragmentKey: string | undefined;
  /**
   * Sections a framework adds after upgrade join the list (a key already
   * there keeps its heading); CydElement then puts their content in their
   * containers once rendered.
   */
  protected override contentChanged(elements: ContentElement[]): void {
    const known = new Set(this.#sections().map((section) => section.key));
    const fresh = sectionsFromContent(elements).filter((section) => !known.has(section.key));
    if (fresh.length > 0) this.sections = [...this.#sections(), ...fresh];
  }

  /** The keys of the sections open now. */
  get openSections(): string[] {
    return this.#sections()
      .filter((section) => this.#open.has(section.key))
      .map((section) => section.key);
  }

  /** Opens or closes one section (and remembers it for the session). */
  setSectionOpen(key: string, open: boolean): void {
    this.#set([key], open);
  }

  /** Opens every section, or closes every one. */
  setAllOpen(open: boolean): void {
    this.#set(
      this.#sections().map((section) => section.key),
      open,
    );
  }

  #sections(): AccordionSection[] {
    return Array.isArray(this.props.sections) ? this.props.sections : [];
  }

  #remembers(): boolean {
    return this.props.rememberExpanded !== 'false' && !!this.props.accordionId;
  }

  #set(keys: string[], open: boolean): void {
    const stored = this.#remembers() ? readStored(this.props.accordionId!) : {};
    for (const key of keys) {
      if (open) this.#open.add(key);
      else this.#open.delete(key);
      stored[key] = open;
    }
    if (this.#remembers()) writeStored(this.props.accordionId!, stored);
    this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement {
    // The sections' headings are data on the author's elements; they stay
    // where they are (a server render keeps them in its content containers).
    if (this.sections === undefined) {
      const rendered = [...this.children].some(isRenderedRoot);
      const elements = rendered ? contentContainers(this).flatMap((container) => [...container.children]) : [...this.children];
      const sections = sectionsFromContent(elements.map(contentElementOf));
      if (sections.length > 0) this.sections = sections;
    }
    // Before the author's nodes are taken out to be put in place: the
    // fragment's target is still in the document.
    this.#fragmentKey = this.#sectionOfFragment();
    return super.createRenderRoot();
  }

  // Its browser render differs from the server's: the buttons exist only with JavaScript.
  protected override adoptsServerMarkup(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const stored = this.#remembers() ? readStored(this.props.accordionId!) : {};
    for (const section of this.#sections()) {
      if (this.#known.has(section.key)) continue;
      this.#known.add(section.key);
      if (stored[section.key] ?? section.expanded === true) this.#open.add(section.key);
    }
    if (!this.hasUpdated && this.#fragmentKey) this.#open.add(this.#fragmentKey);
  }

  protected override render(): unknown {
    return this.renderTemplate(this.props, () => {
      const props: AccordionProps & AccordionState = { ...this.props, enhanced: true, open: this.#open };
      return accordionDefinition.template(props, this.locale, this.templateContent());
    });
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Closing the other sections moved what the link points at: bring it back into view.
    if (this.#fragmentKey) this.#fragmentTarget()?.scrollIntoView();
  }

  #fragmentTarget(): Element | null {
    const id = fragmentId();
    return id ? document.getElementById(id) : null;
  }

  /** The key of this accordion's section that holds the element the URL's fragment names, if one does. */
  #sectionOfFragment(): string | undefined {
    for (let node = this.#fragmentTarget(); node && node !== this; node = node.parentElement) {
      const key = node.getAttribute('data-cyd-section') ?? node.getAttribute(SECTION_ATTRIBUTE);
      if (key && node.parentElement?.closest('cyd-accordion') === this && this.#sections().some((s) => s.key === key)) return key;
    }
    return undefined;
  }

  readonly #onHashChange = async (): Promise<void> => {
    const key = this.#sectionOfFragment();
    if (!key) return;
    if (!this.#open.has(key)) {
      this.#set([key], true);
      await this.updateComplete;
    }
    this.#fragmentTarget()?.scrollIntoView();
  };

  /** The browser's find in page (or a text fragment) found something in a closed section: it is open now. */
  readonly #onBeforeMatch = (event: Event): void => {
    const section = event.target instanceof Element ? event.target.closest('[data-cyd-section]') : null;
    const key = section?.getAttribute('data-cyd-section');
    if (key && section?.closest('cyd-accordion') === this) this.#set([key], true);
  };

  readonly #onClick = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('button');
    if (!button || button.closest('cyd-accordion') !== this) return;
    if (button.classList.contains('cyd-accordion__show-all')) {
      const sections = this.#sections();
      this.setAllOpen(!sections.every((section) => this.#open.has(section.key)));
      return;
    }
    const key = button.closest('[data-cyd-section]')?.getAttribute('data-cyd-section');
    if (key && button.classList.contains('cyd-accordion__section-button')) this.#set([key], !this.#open.has(key));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    this.addEventListener('beforematch', this.#onBeforeMatch);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('beforematch', this.#onBeforeMatch);
    window.removeEventListener('hashchange', this.#onHashChange);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydAccordion extends AccordionProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-accordion': CydAccordion;
  }
}
