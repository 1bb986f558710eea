import { html, nothing, type TemplateResult } from 'lit';

/** A heading level an author may choose: 1 to 6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `level` if it is a whole number from 1 to 6, else `fallback`. */
export function headingLevelOf(level: number | undefined, fallback: HeadingLevel): HeadingLevel {
  switch (level) {
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
      return level;
    default:
      return fallback;
  }
}

/**
 * A heading of the given level. Lit cannot bind a tag name, and a static
 * template would differ between server and browser builds, so one literal
 * template per level.
 */
export function heading(level: HeadingLevel, className: string, id: string | undefined, words: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${id ?? nothing}>${words}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${id ?? nothing}>${words}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id ?? nothing}>${words}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id ?? nothing}>${words}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id ?? nothing}>${words}</h5>`;
    case 6:
      return html`<h6 class=${className} id=${id ?? nothing}>${words}</h6>`;
  }
}
