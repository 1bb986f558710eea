import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineComponent } from '../internal/definition.js';
import { controlIdOf, describedBy, fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { passwordInputMessages } from './password-input.messages.js';

export const PASSWORD_AUTOCOMPLETE = ['current-password', 'new-password'] as const;

export const passwordInputProps = {
  ...fieldProps,
  /**
   * `current-password` to sign in (password managers fill it), `new-password`
   * when creating one (they offer to generate and save it).
   */
  autocomplete: { kind: 'string', values: PASSWORD_AUTOCOMPLETE, default: 'current-password' as (typeof PASSWORD_AUTOCOMPLETE)[number] },
} as const satisfies PropSpec;

export type PasswordInputProps = Props<typeof passwordInputProps>;

/**
 * What only the browser knows, given to the template by the element. The
 * server gives none of it: with JavaScript off there is no toggle to press,
 * so none is rendered.
 */
export interface PasswordInputState {
  enhanced?: boolean;
  /** Whether the password shows as plain text now. */
  visible?: boolean;
  /** What the status last said, after the person pressed the toggle. */
  announcement?: 'visible' | 'hidden' | undefined;
}

export const passwordInputDefinition = defineComponent({
  tag: 'cyd-password-input',
  secretAttributes: ['value'],
  props: passwordInputProps,
  template(p: PasswordInputProps & PasswordInputState, locale) {
    const id = controlIdOf(p);
    const m = passwordInputMessages[locale];
    const f = fieldWiring(p, locale);
    const visible = p.enhanced === true && p.visible === true;
    // Never a `value` attribute: a password must not be written into the page's HTML.
    const input = html`<input
      class="cyd-input cyd-password-input__input${f.error ? ' cyd-input--error' : ''}"
      id=${id}
      name=${ifDefined(p.name)}
      type=${visible ? 'text' : 'password'}
      autocomplete=${p.autocomplete ?? 'current-password'}
      spellcheck="false"
      autocapitalize="none"
      ?required=${p.required}
      ?disabled=${p.disabled}
      aria-describedby=${describedBy(f)}
      aria-invalid=${f.error ? 'true' : nothing}
    />`;
    if (p.enhanced !== true) return fieldTemplate(f, input, 'cyd-password-input');
    const status = p.announcement === 'visible' ? m.nowVisible : p.announcement === 'hidden' ? m.nowHidden : '';
    return fieldTemplate(
      f,
      html`<div class="cyd-password-input__wrapper">
          ${input}<button
            type="button"
            class="cyd-password-input__toggle cyd-focus-ring"
            aria-controls=${id}
            ?disabled=${p.disabled}
          >${visible ? m.hide : m.show}<span class="cyd-visually-hidden">${m.passwordNoun}</span></button>
        </div>
        <div class="cyd-visually-hidden cyd-password-input__status" aria-live="polite">${status}</div>`,
      'cyd-password-input',
    );
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE ? (p) => fieldProblems('cyd-password-input', p) : undefined,
});
