import { html, nothing, svg } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resolveText } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import type { Props, PropSpec } from '../internal/props.js';

export const BUTTON_TYPES = ['submit', 'button', 'reset'] as const;
export const BUTTON_VARIANTS = ['primary', 'secondary', 'warning'] as const;

export const buttonProps = {
  /**
   * The button's words, as an alternative to content: `text="Continue" text-cy="Parhau"`.
   * (Not named `text`: CydElement#text resolves author text.)
   */
  buttonText: { kind: 'text', attribute: 'text' },
  type: { kind: 'string', values: BUTTON_TYPES, default: 'submit' as (typeof BUTTON_TYPES)[number] },
  /** `primary` (the main action, green), `secondary` (other actions) or `warning` (an action that deletes or cannot be undone). */
  variant: { kind: 'string', values: BUTTON_VARIANTS, default: 'primary' as (typeof BUTTON_VARIANTS)[number] },
  /** A start button: larger, with an arrow, for the call to action that begins a service. */
  start: { kind: 'boolean' },
  /** Makes it a link styled as a button (for navigation, not for submitting). */
  href: { kind: 'url' },
  /** Submitted with the form as the submitter's name and value (native button behaviour). */
  name: { kind: 'string' },
  value: { kind: 'string' },
  disabled: { kind: 'boolean' },
  /** Ignore a second activation within a second, for buttons that are not submit buttons. */
  preventDoubleClick: { kind: 'boolean' },
  /** Turn off the double-click guard that submit buttons have by default. */
  allowDoubleClick: { kind: 'boolean' },
} as const satisfies PropSpec;

export type ButtonProps = Props<typeof buttonProps>;

function buttonClass(p: ButtonProps): string {
  return ['cyd-button', p.variant && p.variant !== 'primary' ? `cyd-button--${p.variant}` : '', p.start ? 'cyd-button--start' : ''].filter(Boolean).join(' ');
}

// Decorative: the words say what the button does, so the arrow is hidden
// from assistive technology and never takes focus (old Edge/IE focused SVGs).
const startIcon = svg`<svg class="cyd-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>`;

export const buttonDefinition = defineComponent({
  tag: 'cyd-button',
  props: buttonProps,
  template(p, locale, content) {
    const text = resolveText(p.buttonText, locale);
    // The content container is always rendered (never inside a conditional)
    // so the browser can move the author's own nodes into it after upgrade.
    const inner = html`${text}<span class="cyd-button__content" data-cyd-content>${content ?? nothing}</span>${p.start ? html` ${startIcon}` : nothing}`;
    if (p.href) {
      // A link that looks like a button still navigates like a link: no
      // role="button" (it would hide that it goes somewhere). draggable=false
      // stops a slightly-moving click turning into a drag of the URL.
      return html`<a class=${buttonClass(p)} href=${p.href} draggable="false" data-cyd-root>${inner}</a>`;
    }
    return html`<button class=${buttonClass(p)} type=${p.type} name=${ifDefined(p.name)} value=${ifDefined(p.value)} ?disabled=${p.disabled} data-cyd-root>${inner}</button>`;
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems: string[] = [];
        if (p.href && p.disabled) {
          problems.push(
            '<cyd-button href="…"> cannot be disabled: a link cannot be switched off, and a greyed link that still works misleads. Remove disabled, or remove href and use a button.',
          );
        }
        if (p.href && (p.type !== 'submit' || p.name || p.value)) {
          problems.push('<cyd-button href="…"> is a link, so type, name and value do nothing. Remove href to submit a form, or remove type/name/value.');
        }
        if (p.preventDoubleClick && p.allowDoubleClick) {
          problems.push('<cyd-button> has both prevent-double-click and allow-double-click. Keep one.');
        }
        return problems;
      }
    : undefined,
});
