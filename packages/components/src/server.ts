/**
 * `@cydran/components/server`: renders Cydran components to HTML in Node, with
 * the same templates the browser uses, so a page works with JavaScript off
 * and upgrades without losing what the person typed.
 *
 *   renderElement('cyd-text-input', { name: 'email', label: 'Email' }, { locale: 'cy' })
 *   expandHTML(pageHtml)   // expands every cyd-* tag, each in its own language
 *   renderPage({ lang: 'cy', title: '…', body: '…' })   // a whole page: head, skip link, header, main, footer
 *
 * It needs @lit-labs/ssr and parse5, which are optional peer dependencies so
 * that browser users never install them (docs/adr/0007): without them,
 * importing this module throws an error that says what to install.
 */
import type * as Renderer from './server/renderer.js';
import type * as PageTemplate from './page-template/render-page.js';

export type { RenderOptions } from './server/renderer.js';
export type { ElementAttributes, PageOptions } from './page-template/page-template.js';
// Pure helpers (no renderer dependencies): the cookie banner's consent, read and written on the server.
export { CONSENT_COOKIE, type CookieConsent, consentCookie, readCookieConsent, consentFromForm, bannerConsent } from './cookie-banner/cookie-consent.js';

const RENDERER_DEPENDENCIES = ['@lit-labs/ssr', 'parse5'];

/** The error to throw instead of a module-not-found for one of the renderer's dependencies, if it is one. */
function missingDependencyError(error: unknown): Error | undefined {
  if (!(error instanceof Error) || !('code' in error) || error.code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  const missing = RENDERER_DEPENDENCIES.find((name) => error.message.includes(`'${name}'`));
  if (!missing) return undefined;
  return new Error(
    `@cydran/components/server: install @lit-labs/ssr and parse5 to use the server renderer (npm install @lit-labs/ssr parse5). ` +
      `They are optional peer dependencies of @cydran/components, so pages that only use the components in the browser do not install them; ${missing} is missing.`,
    { cause: error },
  );
}

let renderer: typeof Renderer;
let pageTemplate: typeof PageTemplate;
try {
  renderer = await import('./server/renderer.js');
  pageTemplate = await import('./page-template/render-page.js');
} catch (error) {
  throw missingDependencyError(error) ?? error;
}

export const { renderElement, expandHTML, serverTags } = renderer;
/** A whole HTML page round a service's content (docs/guides/page-template.md). */
export const { renderPage } = pageTemplate;
export { TITLE_SEPARATOR, pageMarkup, pageTitle } from './page-template/page-template.js';
