/**
 * `@cydran/forms/server`: a form definition run as a standard Fetch API
 * handler, `(request: Request) => Promise<Response>`, for Node's http,
 * Hono, Express or a serverless function (packages/forms/docs/runner.md).
 */
export { createFormHandler, type FormHandler, type FormHandlerOptions } from './handler.js';
export type { Notifier, NotifierMessage } from '../storage/index.js';
export { toNodeListener, toRequest, writeResponse, type FetchHandler, type NodeListenerOptions } from './node.js';
export { runnerMessages } from './messages.js';
