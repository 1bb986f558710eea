/**
 * `@cydran/auth/patterns`: the sign-in pages (after GOV.UK One Login's), in
 * Welsh and English, as pure functions of typed state and language; their
 * validation; sign-in buttons; and the whole page round them. See
 * packages/auth/docs/patterns.md.
 */
export * from './pages.js';
export * from './validate.js';
export { authPageOptions, type AuthSite } from './page.js';
export { renderAuthPage } from './render.js';
export { signInButton, signInButtonText, type SignInButtonOptions } from './sign-in-button.js';
export { secretKeyGroups, authenticatorQrCode } from './authenticator.js';
export { authMessages, AUTH_ERROR_REASONS, type AuthErrorReason, type AuthWords } from './auth.messages.js';
// The builder the pages are written with, for a caller that adds its own markup round them.
export { html, attrs, raw, htmlToString, type Html } from './markup.js';
