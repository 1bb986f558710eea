/**
 * A browser, as far as cookies and redirects go, for the relying party's
 * Node tests: it keeps cookies per host (as browsers do, whatever the port),
 * sends the service's requests straight to its handler and the provider's
 * over the network, and follows redirects one at a time so each step can be
 * checked or tampered with.
 */

export interface StoredCookie {
  value: string;
  attributes: string[];
}

export class TestBrowser {
  /** host → name → cookie */
  readonly cookies = new Map<string, Map<string, StoredCookie>>();

  constructor(
    readonly serviceOrigin: string,
    readonly service: (request: Request) => Promise<Response>,
  ) {}

  cookieHeader(url: URL): string {
    const jar = this.cookies.get(url.hostname);
    return jar ? [...jar].map(([name, cookie]) => `${name}=${cookie.value}`).join('; ') : '';
  }

  set(url: URL, name: string, value: string): void {
    const jar = this.cookies.get(url.hostname) ?? new Map<string, StoredCookie>();
    jar.set(name, { value, attributes: [] });
    this.cookies.set(url.hostname, jar);
  }

  get(host: string, name: string): StoredCookie | undefined {
    return this.cookies.get(host)?.get(name);
  }

  #keep(url: URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const jar = this.cookies.get(url.hostname) ?? new Map<string, StoredCookie>();
      if (attributes.some((attribute) => attribute.toLowerCase() === 'max-age=0')) jar.delete(name);
      else jar.set(name, { value, attributes });
      this.cookies.set(url.hostname, jar);
    }
  }

  /** One request, no redirect followed; cookies kept. */
  async request(address: string | URL, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
    const url = new URL(address, this.serviceOrigin);
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(url);
    if (cookie) headers.set('cookie', cookie);
    const requestInit: RequestInit = { method: init.method ?? 'GET', headers, redirect: 'manual' };
    if (init.body !== undefined) requestInit.body = init.body;
    const response = url.origin === this.serviceOrigin ? await this.service(new Request(url, requestInit)) : await fetch(url, requestInit);
    this.#keep(url, response);
    return response;
  }

  /** Follows redirects from `address` until a page (or until `stop` says so); returns the last response and its URL. */
  async go(address: string | URL, stop: (url: URL) => boolean = () => false): Promise<{ response: Response; url: URL }> {
    let url = new URL(address, this.serviceOrigin);
    for (let hops = 0; hops < 20; hops++) {
      if (stop(url)) return { response: new Response(null, { status: 204 }), url };
      const response = await this.request(url);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, url };
      url = new URL(location, url);
    }
    throw new Error(`more than 20 redirects from ${String(address)}`);
  }
}
