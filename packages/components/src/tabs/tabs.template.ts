import { html, nothing } from 'lit';
import { type Text, resolveText } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { type ContentElement, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import { type Props, type PropSpec, propsFromAttributes } from '../internal/props.js';
import { tabsMessages } from './tabs.messages.js';

/** One panel: the id of the author's element holding it, and its tab's label in both languages. */
export interface TabsPanel {
  id: string;
  label: Text;
}

/** How a panel element's label is read: the same spec language as a component's props. */
const panelAttributes = {
  label: { kind: 'text', attribute: 'data-label' },
} as const satisfies PropSpec;

export const tabsProps = {
  /** The id of the tabs as a whole (optional); the title's id derives from it. */
  tabsId: { kind: 'string', attribute: 'id' },
  /**
   * The title of the contents list shown with JavaScript off, and the
   * tab list's name with it: "Contents" / "Cynnwys" unless given.
   * (Not `title`: that is HTML's tooltip attribute.)
   */
  contentsTitle: { kind: 'text' },
  /**
   * The panels, as JSON or from JavaScript. Without it, read from the
   * author's children: each element with an `id` and `data-label` /
   * `data-label-cy` is a panel.
   */
  panels: { kind: 'json', default: undefined as TabsPanel[] | undefined },
} as const satisfies PropSpec;

export type TabsProps = Props<typeof tabsProps>;

/**
 * What only the browser knows, given to the template by the element. The
 * server gives none of it: with JavaScript off the tabs are a contents list
 * of links to the panels, which all show.
 */
export interface TabsState {
  enhanced?: boolean;
  /** The id of the selected panel. */
  selected?: string;
}

/** Reads the author's panel elements (or a server render's, which keeps them) into panels. */
export function panelsFromContent(content: readonly ContentElement[]): TabsPanel[] {
  const panels: TabsPanel[] = [];
  for (const element of content) {
    // A panel is an element with a label or an id; one without the other is a developer error.
    const id = element.attributes.id ?? '';
    if (!id && element.attributes['data-label'] === undefined) continue;
    panels.push({ id, label: propsFromAttributes(panelAttributes, element.attributes).label ?? '' });
  }
  return panels;
}

/** The id of a panel's tab (the link to it). */
export const tabIdOf = (panelId: string): string => `tab_${panelId}`;

/** The id of the title, which names the tab list. */
export function titleIdOf(p: Pick<TabsProps, 'tabsId' | 'panels'>): string {
  if (p.tabsId) return `${p.tabsId}-title`;
  const first = Array.isArray(p.panels) ? p.panels[0]?.id : undefined;
  return first ? `cyd-tabs-${first}-title` : 'cyd-tabs-title';
}

export const tabsDefinition = defineComponent({
  tag: 'cyd-tabs',
  props: tabsProps,
  template(p: TabsProps & TabsState, locale, content) {
    const panels = Array.isArray(p.panels) ? p.panels : [];
    const enhanced = p.enhanced === true;
    const selected = p.selected ?? panels[0]?.id;
    const titleId = titleIdOf(p);
    const title = textIn(p.contentsTitle, locale) || tabsMessages[locale].contents;
    return html`<div class="cyd-tabs${enhanced ? ' cyd-tabs--enhanced' : ''}" data-cyd-root>
      <h2 class="cyd-tabs__title" id=${titleId} ?hidden=${enhanced}>${title}</h2>
      <ul class="cyd-tabs__list" role=${enhanced ? 'tablist' : nothing} aria-labelledby=${enhanced ? titleId : nothing}>
        ${panels.map((panel) => {
          const isSelected = enhanced && panel.id === selected;
          return html`<li class="cyd-tabs__list-item${isSelected ? ' cyd-tabs__list-item--selected' : ''}" role=${enhanced ? 'presentation' : nothing}>
            <a class="cyd-tabs__tab" href=${`#${panel.id}`} id=${tabIdOf(panel.id)}
              role=${enhanced ? 'tab' : nothing}
              aria-controls=${enhanced ? panel.id : nothing}
              aria-selected=${enhanced ? (isSelected ? 'true' : 'false') : nothing}
              tabindex=${enhanced ? (isSelected ? '0' : '-1') : nothing}>${textIn(panel.label, locale)}</a>
          </li>`;
        })}
      </ul>
      <div class="cyd-tabs__panels" data-cyd-content>${content ?? nothing}</div>
    </div>`;
  },
  propsFromContent(content) {
    const panels = panelsFromContent(content);
    return panels.length > 0 ? { panels } : {};
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const panels = Array.isArray(p.panels) ? p.panels : [];
        if (panels.length === 0) {
          return ['<cyd-tabs> has no panels. Put each panel in an element with id="…" data-label="…" data-label-cy="…" inside it.'];
        }
        const problems: string[] = [];
        const seen = new Set<string>();
        for (const panel of panels) {
          if (!panel.id) {
            problems.push(
              `<cyd-tabs>: the panel labelled "${resolveText(panel.label, 'en')}" has no id, so no tab can link to it. Give it an id that is unique on the page.`,
            );
            continue;
          }
          if (seen.has(panel.id)) problems.push(`<cyd-tabs>: two panels have id="${panel.id}". Give each panel its own id.`);
          seen.add(panel.id);
          if (!panel.label) problems.push(`<cyd-tabs>: the panel id="${panel.id}" has no label. Add data-label="…" and data-label-cy="…".`);
        }
        return problems;
      }
    : undefined,
});
