/**
 * `@cydran/forms/server`: a form definition run as a standard Fetch API
 * handler, `(request: Request) => Promise<Response>`, for Node's http,
 * Hono, Express or a serverless function (packages/forms/docs/runner.md).
 */
export { createFormHandler, type FormHandler, type FormHandlerOptions, type PageExtras } from './handler.js';
export type { Notifier, NotifierMessage } from '../storage/index.js';
export { toNodeListener, toRequest, writeResponse, type FetchHandler, type NodeListenerOptions } from './node.js';
export { runnerMessages } from './messages.js';
// Building blocks other Cydran servers (the sign-in in @cydran/auth) share
// with the runner, so escaping, CSRF and cookies are done one way.
export { html, raw, attrs, escapeHtml, toString as htmlToString, type Html } from './html.js';
export { Csrf } from './csrf.js';
export { privateHeaders } from './responses.js';
export { readCookie, setCookie, type CookieOptions } from './cookies.js';
// The stylesheet and browser bundle a server gives its pages (built files, or bundled from source in a clone): cydran-auth serves them the same way.
export { ASSET_PATHS, assetResponse, loadAssets, type Assets } from '../cli/assets.js';
