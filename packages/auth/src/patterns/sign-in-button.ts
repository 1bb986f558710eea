/**
 * Sign-in buttons for a service's own pages: "Sign in with GOV.UK One Login"
 * and the generic "Sign in with {provider}", in both languages, as a form
 * that POSTs (so the relying party can check a CSRF token before it starts
 * the sign-in) or as a link. Server-rendered `<cyd-button>`s: they work with
 * JavaScript off.
 */
import type { Locale } from '@cydran/i18n';
import { type Html, attrs, html } from './markup.js';
import { cy, en } from './auth.messages.js';
import type { CsrfField } from './pages.js';

export interface SignInButtonOptions {
  /** The provider's name, a proper noun written as it is in both languages ("Microsoft Entra ID"). Leave out for GOV.UK One Login. */
  provider?: string;
  /** As a link: where it goes (the relying party's sign-in start). */
  href?: string;
  /** As a form: where it POSTs, with `csrf`. */
  action?: string;
  csrf?: CsrfField;
  /** The button's own field, for a form with several providers (`name="provider" value="entra"`). */
  name?: string;
  value?: string;
}

/** The button's words in each language. */
export function signInButtonText(provider?: string): Record<Locale, string> {
  return provider === undefined ? { en: en.signInWithOneLogin, cy: cy.signInWithOneLogin } : { en: en.signInWith(provider), cy: cy.signInWith(provider) };
}

export function signInButton(options: SignInButtonOptions): Html {
  const text = signInButtonText(options.provider);
  const words = { text: text.en, 'text-cy': text.cy };
  if ((options.href === undefined) === (options.action === undefined)) {
    throw new TypeError(
      "signInButton: give either href (a link) or action with csrf (a form that POSTs), e.g. signInButton({ action: '/sign-in', csrf: { token } }).",
    );
  }
  if (options.href !== undefined) return html`<cyd-button${attrs({ ...words, href: options.href })}></cyd-button>`;
  if (!options.csrf) throw new TypeError("signInButton: a button that POSTs needs its CSRF token: signInButton({ action: '/sign-in', csrf: { token } }).");
  return html`<form method="post" action="${options.action}" class="cyd-auth-sign-in">
<input type="hidden" name="${options.csrf.name ?? 'csrf-token'}" value="${options.csrf.token}">
<cyd-button${attrs({ ...words, name: options.name, value: options.value })}></cyd-button>
</form>`;
}
