/**
 * `renderPage`: the page template's document, every Cydran tag expanded by
 * the server renderer. Apart from page-template.ts so that the markup
 * (which the browser can render too) does not pull in the renderer.
 */
import { expandHTML } from '../server/renderer.js';
import { type PageOptions, pageMarkup } from './page-template.js';

/**
 * A whole HTML page: doctype, `<html lang>`, head (title, viewport, theme
 * colour, hreflang alternates, stylesheets, scripts), skip link, header,
 * optional phase banner, back link or breadcrumbs, `<main
 * id="main-content">` with `body`, and footer, every Cydran tag expanded to
 * its server render. Throws a TypeError naming the option and the fix for a
 * missing title, language or body, and for options a component does not have.
 */
export function renderPage(options: PageOptions): string {
  return expandHTML(pageMarkup(options), { locale: options.lang, onProblem: options.onProblem });
}
