import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { resolveText } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import { fieldsetTemplate } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';

export const fieldsetProps = {
  /** The question the grouped fields answer together ("What is your address?"). */
  legend: { kind: 'text' },
  /** The legend's size: `s`, `m`, `l` or `xl`; `l` with `is-page-heading` for a question page. */
  legendSize: { kind: 'string', values: ['s', 'm', 'l', 'xl'] },
  /** On a one-question page, puts the legend's text in the page's `<h1>`. */
  isPageHeading: { kind: 'boolean' },
  hint: { kind: 'text' },
  /** An error about the group as a whole, from the server. */
  error: { kind: 'text' },
  /** The fieldset's id (the hint's and error's ids derive from it); defaults to one made from the legend. */
  fieldsetId: { kind: 'string' },
} as const satisfies PropSpec;

export type FieldsetProps = Props<typeof fieldsetProps>;

/**
 * The fieldset's id: `fieldset-id`, else one made from the English legend,
 * so the server and the browser make the same one with no counter.
 */
export function fieldsetIdOf(p: Pick<FieldsetProps, 'fieldsetId' | 'legend'>): string {
  if (p.fieldsetId) return p.fieldsetId;
  const slug = resolveText(p.legend, 'en')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug ? `cyd-fieldset-${slug}` : 'cyd-fieldset';
}

export const fieldsetDefinition = defineComponent({
  tag: 'cyd-fieldset',
  props: fieldsetProps,
  template(p, locale, content) {
    const fieldsetId = fieldsetIdOf(p);
    return fieldsetTemplate(
      {
        id: fieldsetId,
        fieldsetId,
        label: resolveText(p.legend, locale),
        hint: resolveText(p.hint, locale),
        error: resolveText(p.error, locale),
        locale,
        labelSize: p.legendSize,
        isPageHeading: p.isPageHeading,
      },
      // The author's fields: the server passes their rendered HTML, the
      // browser moves the author's own nodes in, keeping what was typed.
      html`<div class="cyd-fieldset__content" data-cyd-content>${content ?? nothing}</div>`,
      'cyd-fieldset-group',
    );
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        return p.legend
          ? []
          : ['<cyd-fieldset> has no legend, so screen readers announce its fields without the question they answer. Add legend="…" and legend-cy="…".'];
      }
    : undefined,
});
