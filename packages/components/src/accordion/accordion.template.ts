import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Text } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { type ContentElement, asRegionContent, defineComponent } from '../internal/definition.js';
import { textIn } from '../internal/field.js';
import { type Props, type PropSpec, propsFromAttributes } from '../internal/props.js';
import { accordionMessages } from './accordion.messages.js';

/** One section: its heading (and optional summary line) in both languages, and whether it starts open. */
export interface AccordionSection {
  /** The section's key: the `data-section` value of the author's element holding its content. */
  key: string;
  heading: Text;
  summary?: Text;
  /** Open when the page first loads (before anything the person did this session). */
  expanded?: boolean;
}

/** The attribute on an author's element that makes it a section's content, and names the section. */
export const SECTION_ATTRIBUTE = 'data-section';

/** How a section element's other attributes are read: the same spec language as a component's props. */
const sectionAttributes = {
  heading: { kind: 'text', attribute: 'data-heading' },
  summary: { kind: 'text', attribute: 'data-summary' },
  expanded: { kind: 'boolean', attribute: 'data-expanded' },
} as const satisfies PropSpec;

export const accordionProps = {
  /**
   * The accordion's `id` (required): the prefix of every id inside it, and
   * the key its open sections are remembered under for the session, so it
   * must be unique across the service.
   */
  accordionId: { kind: 'string', attribute: 'id' },
  /** The level of each section's heading, 1 to 6. */
  headingLevel: { kind: 'number', default: 2 },
  /** `false` to forget which sections were open when the person leaves the page. */
  rememberExpanded: { kind: 'string', values: ['true', 'false'], default: 'true' },
  /**
   * The sections, as JSON or from JavaScript. Without it, read from the
   * author's children: each element with `data-section="key"`,
   * `data-heading` / `data-heading-cy`, optionally `data-summary` /
   * `data-summary-cy` and `data-expanded`, holding the section's content.
   */
  sections: { kind: 'json', default: undefined as AccordionSection[] | undefined },
  /** Your words for the "Show all sections" / "Dangos pob adran" button, instead of the library's. */
  showAllSectionsText: { kind: 'text' },
  /** Your words for the "Hide all sections" / "Cuddio pob adran" button, instead of the library's. */
  hideAllSectionsText: { kind: 'text' },
  showSectionText: { kind: 'text' },
  hideSectionText: { kind: 'text' },
  /** What screen readers hear after "Show": " this section" / " yr adran hon". */
  showSectionHiddenText: { kind: 'text' },
  /** What screen readers hear after "Hide": " this section" / "’r adran hon". */
  hideSectionHiddenText: { kind: 'text' },
} as const satisfies PropSpec;

export type AccordionProps = Props<typeof accordionProps>;

/**
 * What only the browser knows, given to the template by the element. The
 * server gives none of it: with JavaScript off every section is a plain
 * heading followed by its content, all of it showing.
 */
export interface AccordionState {
  enhanced?: boolean;
  /** The keys of the sections open now. */
  open?: ReadonlySet<string>;
}

/** Reads the author's section elements (or a server render's, which keeps them) into sections. */
export function sectionsFromContent(content: readonly ContentElement[]): AccordionSection[] {
  const sections: AccordionSection[] = [];
  for (const element of content) {
    const key = element.attributes[SECTION_ATTRIBUTE];
    if (!key) continue;
    const read = propsFromAttributes(sectionAttributes, element.attributes);
    const section: AccordionSection = { key, heading: read.heading ?? '' };
    if (read.summary !== undefined) section.summary = read.summary;
    if (read.expanded) section.expanded = true;
    sections.push(section);
  }
  return sections;
}

/** The prefix of the ids inside an accordion. */
export function accordionIdOf(p: Pick<AccordionProps, 'accordionId'>): string {
  return p.accordionId || 'cyd-accordion';
}

export const headingId = (base: string, key: string): string => `${base}-heading-${key}`;
export const contentId = (base: string, key: string): string => `${base}-content-${key}`;

/** A heading element of `level` (Lit cannot bind a tag name; six literal templates it is). */
function heading(level: number, inner: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="cyd-accordion__section-heading">${inner}</h1>`;
    case 3:
      return html`<h3 class="cyd-accordion__section-heading">${inner}</h3>`;
    case 4:
      return html`<h4 class="cyd-accordion__section-heading">${inner}</h4>`;
    case 5:
      return html`<h5 class="cyd-accordion__section-heading">${inner}</h5>`;
    case 6:
      return html`<h6 class="cyd-accordion__section-heading">${inner}</h6>`;
    default:
      return html`<h2 class="cyd-accordion__section-heading">${inner}</h2>`;
  }
}

/** A word of the accordion: the author's, else the catalogue's. */
function word(given: Text | undefined, fallback: string, locale: Locale): unknown {
  return textIn(given, locale) || fallback;
}

const divider = html`<span class="cyd-visually-hidden cyd-accordion__divider">, </span>`;

function sectionTemplate(p: AccordionProps & AccordionState, section: AccordionSection, locale: Locale, content: unknown): TemplateResult {
  const base = accordionIdOf(p);
  const m = accordionMessages[locale];
  const headingText = textIn(section.heading, locale);
  const summary = textIn(section.summary, locale);
  const ids = { heading: headingId(base, section.key), content: contentId(base, section.key) };
  if (p.enhanced !== true) {
    return html`<div class="cyd-accordion__section" data-cyd-section=${section.key}>
      <div class="cyd-accordion__section-header">
        ${heading(p.headingLevel ?? 2, html`<span class="cyd-accordion__section-heading-text" id=${ids.heading}>${headingText}</span>`)}
        ${summary ? html`<div class="cyd-accordion__section-summary">${summary}</div>` : nothing}
      </div>
      <div class="cyd-accordion__section-content" id=${ids.content} data-cyd-content=${section.key}>${content}</div>
    </div>`;
  }
  const open = p.open?.has(section.key) === true;
  const toggle = open
    ? html`${word(p.hideSectionText, m.hideSection, locale)}<span class="cyd-visually-hidden">${word(p.hideSectionHiddenText, m.hideSectionHidden, locale)}</span>`
    : html`${word(p.showSectionText, m.showSection, locale)}<span class="cyd-visually-hidden">${word(p.showSectionHiddenText, m.showSectionHidden, locale)}</span>`;
  // One button in the heading: its name is the heading, the summary, then
  // "Show this section" (the last part hidden but for the word "Show").
  const button = html`<button type="button" class="cyd-accordion__section-button" id=${ids.heading} aria-controls=${ids.content} aria-expanded=${open ? 'true' : 'false'}>
      <span class="cyd-accordion__section-heading-text">${headingText}</span>${divider}${
        summary ? html`<span class="cyd-accordion__section-summary">${summary}</span>${divider}` : nothing
      }<span class="cyd-accordion__section-toggle"><span class="cyd-accordion__chevron${open ? '' : ' cyd-accordion__chevron--down'}"></span><span class="cyd-accordion__section-toggle-text">${toggle}</span></span>
    </button>`;
  // Closed content is `hidden="until-found"`: the browser's find in page
  // (and a link to something inside) still reaches it and opens it.
  return html`<div class="cyd-accordion__section${open ? ' cyd-accordion__section--expanded' : ''}" data-cyd-section=${section.key}>
    <div class="cyd-accordion__section-header">${heading(p.headingLevel ?? 2, button)}</div>
    <div class="cyd-accordion__section-content" id=${ids.content} hidden=${open ? nothing : 'until-found'} data-cyd-content=${section.key}>${content}</div>
  </div>`;
}

export const accordionDefinition = defineComponent({
  tag: 'cyd-accordion',
  props: accordionProps,
  regionAttribute: SECTION_ATTRIBUTE,
  regionHint: 'Put each section\'s content in an element with data-section="key" data-heading="…" data-heading-cy="…".',
  template(p: AccordionProps & AccordionState, locale, content) {
    const regions = asRegionContent(content).regions;
    const sections = Array.isArray(p.sections) ? p.sections : [];
    const m = accordionMessages[locale];
    const allOpen = sections.length > 0 && sections.every((section) => p.open?.has(section.key) === true);
    const controls =
      p.enhanced === true
        ? html`<div class="cyd-accordion__controls">
            <button type="button" class="cyd-accordion__show-all" aria-expanded=${allOpen ? 'true' : 'false'}>
              <span class="cyd-accordion__chevron${allOpen ? '' : ' cyd-accordion__chevron--down'}"></span><span class="cyd-accordion__show-all-text">${
                allOpen ? word(p.hideAllSectionsText, m.hideAllSections, locale) : word(p.showAllSectionsText, m.showAllSections, locale)
              }</span>
            </button>
          </div>`
        : nothing;
    return html`<div class="cyd-accordion" data-cyd-root>
      ${controls}${sections.map((section) => sectionTemplate(p, section, locale, regions.get(section.key) ?? nothing))}
    </div>`;
  },
  propsFromContent(content) {
    const sections = sectionsFromContent(content);
    return sections.length > 0 ? { sections } : {};
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (!p.accordionId) {
          problems.push(
            '<cyd-accordion> has no id. Give it one that is unique across the service (id="subjects"): the ids inside it and the open sections it remembers for the session are keyed by it.',
          );
        }
        const level = p.headingLevel;
        if (level !== undefined && (!Number.isInteger(level) || level < 1 || level > 6)) {
          problems.push(`<cyd-accordion id="${p.accordionId ?? ''}">: heading-level="${level}" is not a heading level. Use 1 to 6 (default 2).`);
        }
        const sections = Array.isArray(p.sections) ? p.sections : [];
        if (sections.length === 0) {
          problems.push(
            '<cyd-accordion> has no sections. Put each section\'s content in an element with data-section="key" data-heading="…" data-heading-cy="…" inside it.',
          );
        }
        const seen = new Set<string>();
        for (const section of sections) {
          if (/\s/.test(section.key))
            problems.push(
              `<cyd-accordion>: data-section="${section.key}" has a space in it, and it becomes part of ids. Use a key without spaces (data-section="opening-hours").`,
            );
          if (seen.has(section.key)) problems.push(`<cyd-accordion>: two sections have data-section="${section.key}". Give each section its own key.`);
          seen.add(section.key);
          if (!section.heading)
            problems.push(`<cyd-accordion>: the section data-section="${section.key}" has no heading. Add data-heading="…" and data-heading-cy="…".`);
        }
        return problems;
      }
    : undefined,
});
