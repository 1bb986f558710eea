/**
 * `renderAuthPage`: a sign-in page as the whole HTML document, every
 * `<cyd-…>` tag expanded by the server renderer, so it works with
 * JavaScript off. Apart from page.ts so the markup (which the browser can
 * render too: the stories do) does not pull in the renderer.
 */
import { renderPage } from '@cydran/components/server';
import { type AuthSite, authPageOptions } from './page.js';
import type { AuthPageContent } from './pages.js';

export function renderAuthPage(content: AuthPageContent, site: AuthSite = {}): string {
  return renderPage(authPageOptions(content, site));
}
