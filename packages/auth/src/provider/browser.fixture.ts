/**
 * A browser with JavaScript off, for the provider's tests: it keeps cookies,
 * follows redirects one at a time, and submits the page's own form (its
 * action and hidden fields, read with a real HTML parser) — so a test goes
 * through the provider exactly as a person would, and sees every page.
 */
import assert from 'node:assert/strict';
import { attr, byTag, parseDocument, textOf, type HtmlElement, type HtmlRoot } from '../../../../test/support/html.js';

export interface Page {
  url: URL;
  status: number;
  body: string;
  doc: HtmlRoot;
}

export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** Every response's status and location, in order: redirects included. */
  readonly trail: { method: string; url: string; status: number; location?: string }[] = [];

  constructor(
    private readonly stopAt: (url: URL) => boolean = () => false,
    /** Sent with every request (a proxy's X-Forwarded-For). */
    private readonly headers: Record<string, string> = {},
  ) {}

  #remember(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (gone || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(url: URL | string, init: { method?: string; body?: URLSearchParams } = {}): Promise<Response> {
    const target = new URL(url);
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...this.headers,
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(init.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.body ? { body: init.body } : {}),
    });
    this.#remember(response);
    const location = response.headers.get('location');
    this.trail.push({
      method: init.method ?? 'GET',
      url: target.href,
      status: response.status,
      ...(location ? { location: new URL(location, target).href } : {}),
    });
    return response;
  }

  /** GETs, following redirects, until a page (or a redirect to where `stopAt` says). */
  async open(url: URL | string, init: { method?: string; body?: URLSearchParams } = {}): Promise<Page> {
    let target = new URL(url);
    let response = await this.request(target, init);
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      assert.ok(hops < 20, `too many redirects from ${String(url)}`);
      const location = response.headers.get('location');
      assert.ok(location, `a ${response.status} from ${target.href} without a location`);
      target = new URL(location, target);
      if (this.stopAt(target)) return { url: target, status: response.status, body: '', doc: parseDocument('') };
      await response.body?.cancel();
      response = await this.request(target);
    }
    const body = await response.text();
    return { url: target, status: response.status, body, doc: parseDocument(body) };
  }

  /** Submits the page's form that posts (the one whose action starts with `actionPrefix`, if given) with these fields, as typed. */
  async submit(page: Page, fields: Record<string, string> = {}, options: { csrf?: 'omit' | 'wrong'; actionPrefix?: string } = {}): Promise<Page> {
    const form = postForm(page, options.actionPrefix);
    const body = new URLSearchParams();
    for (const input of byTag(form, 'input')) {
      const name = attr(input, 'name');
      if (attr(input, 'type') !== 'hidden' || !name) continue;
      if (name === 'csrf-token' && options.csrf === 'omit') continue;
      body.append(name, name === 'csrf-token' && options.csrf === 'wrong' ? 'x'.repeat(43) : (attr(input, 'value') ?? ''));
    }
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    return this.open(new URL(attr(form, 'action') ?? page.url.href, page.url), { method: 'POST', body });
  }
}

export function postForm(page: Page, actionPrefix?: string): HtmlElement {
  const forms = byTag(page.doc, 'form').filter(
    (form) => (attr(form, 'method') ?? '').toLowerCase() === 'post' && (!actionPrefix || (attr(form, 'action') ?? '').includes(actionPrefix)),
  );
  assert.equal(forms.length, 1, `expected one form that posts on ${page.url.href}, found ${forms.length}: ${textOf(page.doc).slice(0, 300)}`);
  return forms[0]!;
}

/** The page's language, from `<html lang>`. */
export function pageLang(page: Page): string | undefined {
  const root = byTag(page.doc, 'html')[0];
  return root ? attr(root, 'lang') : undefined;
}

export function heading(page: Page): string {
  const h1 = byTag(page.doc, 'h1')[0];
  return h1 ? textOf(h1) : '';
}

/** The link whose text is `text`. */
export function linkTo(page: Page, text: string): URL {
  const link = byTag(page.doc, 'a').find((a) => textOf(a) === text);
  assert.ok(link, `no link "${text}" on ${page.url.href}`);
  return new URL(attr(link, 'href') ?? '', page.url);
}

/** The header's language link to `lang` (it carries hreflang). */
export function languageLink(page: Page, lang: string): URL {
  const link = byTag(page.doc, 'a').find((a) => attr(a, 'hreflang') === lang);
  assert.ok(link, `no link to ${lang} on ${page.url.href}`);
  return new URL(attr(link, 'href') ?? '', page.url);
}
