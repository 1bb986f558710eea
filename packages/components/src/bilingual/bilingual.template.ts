import { html, nothing, type TemplateResult } from 'lit';
import { LOCALES, type Text } from '@cydran/i18n';
import { DEV_MODE } from '../internal/dev-mode.js';
import { asRegionContent, defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';

export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;

export const bilingualProps = {
  /** The language of the first column (and first when stacked). Welsh by default, as many Welsh bodies publish. */
  first: { kind: 'string', values: LOCALES, default: 'cy' as (typeof LOCALES)[number] },
  /** A heading over each column, in that column's language: `heading-cy="Hysbysiad"` `heading-en="Notice"`. */
  heading: { kind: 'text' },
  /** The headings' level, 2 to 6. */
  headingLevel: { kind: 'string', values: HEADING_LEVELS, default: '2' as (typeof HEADING_LEVELS)[number] },
} as const satisfies PropSpec;

export type BilingualProps = Props<typeof bilingualProps>;

/** The columns' languages: `first`, then the library's other languages, then any other the author gave, in their order. */
export function columnOrder(first: string | undefined, given: readonly string[]): string[] {
  const known = [first ?? 'cy', ...LOCALES].filter((lang) => given.includes(lang));
  return [...new Set([...known, ...given])];
}

/** The heading in one column's own language, or nothing when the author gave none in it. */
function headingIn(heading: Text | undefined, lang: string, level: string): TemplateResult | typeof nothing {
  const words = typeof heading === 'object' ? Object.entries(heading).find(([key]) => key === lang)?.[1] : undefined;
  if (!words) return nothing;
  switch (level) {
    case '3':
      return html`<h3 class="cyd-bilingual__heading">${words}</h3>`;
    case '4':
      return html`<h4 class="cyd-bilingual__heading">${words}</h4>`;
    case '5':
      return html`<h5 class="cyd-bilingual__heading">${words}</h5>`;
    case '6':
      return html`<h6 class="cyd-bilingual__heading">${words}</h6>`;
    default:
      return html`<h2 class="cyd-bilingual__heading">${words}</h2>`;
  }
}

/**
 * The same content in two (or more) languages side by side. The author's
 * children are the columns' content, each marked with its `lang`; each
 * column carries that `lang`, so screen readers switch voice and Cydran
 * components inside follow their column, not the page.
 */
export const bilingualDefinition = defineComponent({
  tag: 'cyd-bilingual',
  props: bilingualProps,
  regionAttribute: 'lang',
  template(p, _locale, content) {
    // The page's language changes nothing here: every column is in its own.
    const { regions } = asRegionContent(content);
    const columns = columnOrder(p.first, [...regions.keys()]);
    return html`<div class="cyd-bilingual" data-cyd-root>${columns.map(
      (lang) => html`<div class="cyd-bilingual__column" lang=${lang}>
        ${headingIn(p.heading, lang, p.headingLevel)}
        <div class="cyd-bilingual__content" data-cyd-content=${lang}>${regions.get(lang) ?? nothing}</div>
      </div>`,
    )}</div>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (typeof p.heading === 'string' && p.heading !== '') {
          problems.push(
            `<cyd-bilingual>: heading="${p.heading}" does not say which column it is for, so it would show in both. Give one per column: heading-cy="…" heading-en="…".`,
          );
        } else if (typeof p.heading === 'object') {
          const heading = p.heading;
          const missing = LOCALES.filter((lang) => !heading[lang]);
          if (missing.length > 0) {
            problems.push(
              `<cyd-bilingual>: no heading for ${missing.join(', ')}, so that column has none while the other has one. Add ${missing.map((l) => `heading-${l}="…"`).join(' ')}.`,
            );
          }
        }
        return problems;
      }
    : undefined,
});
