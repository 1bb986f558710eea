/**
 * A cookie-keeping client for the handler's tests: sends Fetch API requests
 * to the handler directly and reads the pages with the repository's HTML
 * parser helpers (never a regular expression over HTML).
 */
import { type HtmlElement, type HtmlRoot, attr, parseDocument, queryAll, textOf } from '../../../../test/support/html.js';
import type { FormHandler } from './handler.js';

export { attr, textOf };
export const ORIGIN = 'http://forms.test';

export interface Reply {
  status: number;
  headers: Headers;
  location: string | null;
  text: string;
  document: HtmlRoot;
}

export function find(reply: Reply, predicate: (element: HtmlElement) => boolean): HtmlElement[] {
  return queryAll(reply.document, predicate);
}

export function byTag(reply: Reply, tag: string): HtmlElement[] {
  return find(reply, (e) => e.tag === tag);
}

export function title(reply: Reply): string {
  const element = byTag(reply, 'title')[0];
  return element ? textOf(element) : '';
}

/** The value of the text box named `name`, as a browser would submit it. */
export function inputValue(reply: Reply, name: string): string | undefined {
  const input = find(reply, (e) => (e.tag === 'input' || e.tag === 'textarea') && attr(e, 'name') === name)[0];
  if (!input) return undefined;
  return input.tag === 'textarea' ? textOf(input) : attr(input, 'value');
}

/** The checked value of the radios named `name`. */
export function checkedValue(reply: Reply, name: string): string | undefined {
  const input = find(reply, (e) => e.tag === 'input' && attr(e, 'name') === name && attr(e, 'checked') !== undefined)[0];
  return input ? attr(input, 'value') : undefined;
}

export type Fields = Record<string, string | string[]>;

export class Client {
  readonly cookies = new Map<string, string>();

  constructor(readonly handler: FormHandler) {}

  async request(path: string, init: { method?: string; form?: Fields | FormData; headers?: Record<string, string> } = {}): Promise<Reply> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; '));
    let body: FormData | URLSearchParams | undefined;
    if (init.form instanceof FormData) body = init.form;
    else if (init.form) {
      body = new URLSearchParams();
      for (const [name, value] of Object.entries(init.form)) for (const v of [value].flat()) body.append(name, v);
    }
    const response = await this.handler(
      new Request(new URL(path, ORIGIN), { method: init.method ?? (body ? 'POST' : 'GET'), headers, ...(body ? { body } : {}) }),
    );
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, location: response.headers.get('location'), text, document: parseDocument(text) };
  }

  /** The page's form: its action and CSRF token. */
  async formOf(path: string): Promise<{ action: string; token: string; page: Reply }> {
    const page = await this.request(path);
    const token = inputValue(page, 'csrf-token');
    const form = byTag(page, 'form')[0];
    if (!token || !form) throw new Error(`${path} has no form with a CSRF token (status ${page.status}, location ${page.location})`);
    return { action: attr(form, 'action') ?? path, token, page };
  }

  /** GET a page, then POST its form with `fields` and the page's CSRF token; returns the POST's reply. */
  async answer(path: string, fields: Fields | FormData): Promise<Reply> {
    const { action, token } = await this.formOf(path);
    if (fields instanceof FormData) {
      fields.set('csrf-token', token);
      return this.request(action, { form: fields });
    }
    return this.request(action, { form: { 'csrf-token': token, ...fields } });
  }
}
