import type { PropertyValues } from 'lit';
import { CydElement, contentElementOf } from '../internal/cyd-element.js';
import type { ContentElement } from '../internal/definition.js';
import { litProperties } from '../internal/props.js';
import { contentContainer, isRenderedRoot } from '../internal/upgrade.js';
import { type TabsPanel, type TabsProps, type TabsState, panelsFromContent, tabIdOf, tabsDefinition, tabsProps } from './tabs.template.js';

/**
 * Panels of content, one shown at a time, chosen from a row of tabs (the
 * WAI-ARIA Authoring Practices tabs pattern, with automatic activation).
 * With JavaScript off it is a contents list of links to the panels, which
 * all show. The URL fragment chooses the tab, and choosing one updates the
 * fragment without scrolling.
 *
 * @tag cyd-tabs
 */
export class CydTabs extends CydElement<typeof tabsProps> {
  static override definition = tabsDefinition;
  static override properties = litProperties(tabsProps);

  #selected: string | undefined;
  /**
   * Panels a framework adds after upgrade join the list (an id already
   * there keeps its label); CydElement then puts them in the content
   * container once rendered.
   */
  protected override contentChanged(elements: ContentElement[]): void {
    const known = new Set(this.#panels().map((panel) => panel.id));
    const fresh = panelsFromContent(elements).filter((panel) => !known.has(panel.id));
    if (fresh.length > 0) this.panels = [...this.#panels(), ...fresh];
  }

  /** The id of the selected panel. */
  get selectedPanel(): string | undefined {
    const panels = this.#panels();
    return panels.some((panel) => panel.id === this.#selected) ? this.#selected : panels[0]?.id;
  }

  /** Selects the panel with this id, as a click on its tab would (the URL fragment follows). */
  select(panelId: string): void {
    if (!this.#panels().some((panel) => panel.id === panelId)) return;
    this.#selected = panelId;
    // The fragment follows, without a scroll, a hashchange or a history entry.
    if (location.hash !== `#${panelId}`) history.replaceState(history.state, '', `#${panelId}`);
    this.requestUpdate();
  }

  #panels(): TabsPanel[] {
    return Array.isArray(this.props.panels) ? this.props.panels : [];
  }

  /** The id the URL's fragment names ('' for none, or one that is not a valid escape). */
  #fragment(): string {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  }

  protected override createRenderRoot(): HTMLElement {
    // The labels are data on the author's panels; the panels stay content
    // (a server render keeps them in its content container).
    if (this.panels === undefined) {
      const rendered = [...this.children].some(isRenderedRoot);
      const elements = rendered ? [...(contentContainer(this)?.children ?? [])] : [...this.children];
      const panels = panelsFromContent(elements.map(contentElementOf));
      if (panels.length > 0) this.panels = panels;
    }
    return super.createRenderRoot();
  }

  // Its browser render differs from the server's: tab roles and one panel showing exist only with JavaScript.
  protected override adoptsServerMarkup(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // On load, a fragment naming a panel chooses it.
    if (!this.hasUpdated && this.#panels().some((panel) => panel.id === this.#fragment())) this.#selected = this.#fragment();
  }

  protected override render(): unknown {
    return this.renderTemplate(this.props, () => {
      const props: TabsProps & TabsState = { ...this.props, enhanced: true, selected: this.selectedPanel };
      return tabsDefinition.template(props, this.locale, this.templateContent());
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The panels are the author's own elements: their roles and which one
    // shows are set on them here, after the content is in place.
    const selected = this.selectedPanel;
    for (const panel of this.#panels()) {
      const element = this.#panelElement(panel.id);
      if (!element) continue;
      element.setAttribute('role', 'tabpanel');
      element.setAttribute('aria-labelledby', tabIdOf(panel.id));
      // A panel whose content starts with text can still be reached with Tab.
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '0');
      element.hidden = panel.id !== selected;
    }
  }

  #panelElement(id: string): HTMLElement | null {
    const container = contentContainer(this);
    for (const child of container?.children ?? []) if (child.id === id && child instanceof HTMLElement) return child;
    return null;
  }

  #tab(id: string): HTMLElement | null {
    const tab = this.querySelector<HTMLElement>(`#${CSS.escape(tabIdOf(id))}`);
    return tab?.closest('cyd-tabs') === this ? tab : null;
  }

  /** The panel id of one of this element's own tabs, if `target` is in one. */
  #tabOf(target: EventTarget | null): string | undefined {
    const tab = target instanceof Element ? target.closest('.cyd-tabs__tab') : null;
    if (!tab || tab.closest('cyd-tabs') !== this) return undefined;
    return tab.getAttribute('aria-controls') ?? undefined;
  }

  readonly #onClick = (event: MouseEvent): void => {
    const id = this.#tabOf(event.target);
    if (!id) return;
    event.preventDefault();
    this.select(id);
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const current = this.#tabOf(event.target);
    if (!current) return;
    const ids = this.#panels().map((panel) => panel.id);
    const index = ids.indexOf(current);
    const next: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: ids.length - 1 };
    const to = next[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // Left from the first wraps to the last, right from the last to the first.
    const id = ids[(to + ids.length) % ids.length]!;
    this.select(id);
    this.#tab(id)?.focus();
  };

  readonly #onHashChange = (): void => {
    const id = this.#fragment();
    if (!this.#panels().some((panel) => panel.id === id) || id === this.selectedPanel) return;
    this.select(id);
    this.#tab(id)?.focus();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKeyDown);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('keydown', this.#onKeyDown);
    window.removeEventListener('hashchange', this.#onHashChange);
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydTabs extends TabsProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-tabs': CydTabs;
  }
}
