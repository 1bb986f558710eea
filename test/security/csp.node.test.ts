// Every component under the strict Content-Security-Policy with Trusted
// Types that docs/security.md tells a council to send, as a response header
// (a <meta> policy cannot hold frame-ancestors, and a header is what a
// service sends). The page is served twice: as tags the browser renders,
// and expanded on the server (expandHTML) and upgraded. On each: 0
// `securitypolicyviolation` events, every component rendered, a form that
// validates (the error summary, no post) and then submits, and a switch of
// the page's language re-words the components. Both builds: the source
// bundle a developer runs (development checks on) and cydran.js as
// `npm run build` writes it (production, minified).
//
// And the reason `trusted-types lit-html` is in the policy: with
// `trusted-types 'none'` the same page breaks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expandHTML } from '@cydran/components/server';
import type { Browser, Page } from 'puppeteer-core';
import { type TestServer, bundleElements, bundleStylesheet, formFields, launchChromium, serve } from '../progressive-enhancement/support.js';
import { cydranBundle } from '../../bench/lib/cydran-assets.js';
import { baseAttributes, definitions } from './targets.js';

/** The policy docs/security.md gives, word for word. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const tagMarkup = (tag: string, attributes: Record<string, string>, content = '') =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')}>${content}</${tag}>`;

/** A form to validate and submit: a required text input and radios, an error summary, a button. */
const FORM = `<form method="post" action="/submit" novalidate>
  <cyd-error-summary></cyd-error-summary>
  <cyd-text-input name="full-name" label="Full name" label-cy="Enw llawn" required required-message="Enter your full name" required-message-cy="Rhowch eich enw llawn"></cyd-text-input>
  <cyd-radios name="contact" label="How should we contact you?" label-cy="Sut dylem gysylltu â chi?" required
    options='[{"value":"email","label":{"en":"Email","cy":"E-bost"}},{"value":"post","label":{"en":"Post","cy":"Post"}}]'
    required-message="Select how we should contact you" required-message-cy="Dewiswch sut dylem gysylltu â chi"></cyd-radios>
  <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
</form>`;

/** Every component, with the example values the security suite renders it with (targets.ts), outside the form. */
function everyComponent(): string {
  return definitions.map((d) => `<section data-component="${d.tag}">${tagMarkup(d.tag, baseAttributes(d))}</section>`).join('\n');
}

function page(body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Every component</title>
<link rel="stylesheet" href="/cydran.css"><script type="module" src="/cydran.js"></script></head>
<body><main id="main-content">${body}</main></body></html>`;
}

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

describe('every component under a strict CSP with Trusted Types', () => {
  let server: TestServer;
  let browser: Browser;
  let policy = STRICT_CSP;
  let build: 'development' | 'production' = 'development';
  const bundles = { development: '', production: '' };
  const posts: Record<string, string>[] = [];

  before(async () => {
    const [development, production, stylesheet] = await Promise.all([bundleElements(), cydranBundle(), bundleStylesheet()]);
    bundles.development = development;
    bundles.production = production.code;
    const components = everyComponent();
    const pages: Record<string, string> = {
      '/': page(`${FORM}\n${components}`),
      '/server': page(expandHTML(`${FORM}\n${components}`, { locale: 'en', onProblem: () => {} })),
      // What the policy is there to stop: an inline script, an inline style, a handler attribute.
      '/inline': page('<script>document.title = "ran"</script><p style="color: red" onclick="void 0">Inline</p>'),
      '/done': page('<cyd-panel title="Application complete" title-cy="Cais wedi’i gwblhau"></cyd-panel>'),
    };
    [server, browser] = await Promise.all([
      serve((request) => {
        const headers = { 'content-security-policy': policy };
        if (request.path === '/cydran.js') return { type: 'text/javascript', body: bundles[build], headers };
        if (request.path === '/cydran.css') return { type: 'text/css', body: stylesheet, headers };
        if (request.path === '/submit' && request.method === 'POST') {
          posts.push(formFields(request.body));
          return { status: 303, body: '', headers: { ...headers, location: '/done' } };
        }
        const html = pages[request.path];
        return html === undefined ? undefined : { body: html, headers };
      }),
      launchChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new page that records every policy violation from before its first script. */
  async function open(path: string, settle = true): Promise<{ page: Page; violations: () => Promise<Violation[]>; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await page.evaluateOnNewDocument(() => {
      const found: { directive: string; blocked: string; sample: string }[] = [];
      Reflect.set(window, '__violations', found);
      document.addEventListener('securitypolicyviolation', (event) =>
        found.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
      );
    });
    // By `load` the module script has run (module scripts run before DOMContentLoaded).
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    if (settle)
      await page.evaluate(async () => {
        const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('cyd-')))];
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
        await Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('cyd-')).map((e) => Reflect.get(e, 'updateComplete')));
      });
    return { page, errors, violations: () => page.evaluate(() => Reflect.get(window, '__violations')) };
  }

  /** Components that are defined and rendered something (their own markup, or a shadow root). */
  async function rendered(page: Page): Promise<{ tags: number; empty: string[] }> {
    return page.evaluate(() => {
      const hosts = [...document.querySelectorAll('section[data-component] > *')];
      const empty = hosts
        .filter((host) => !customElements.get(host.localName) || (host.children.length === 0 && !host.shadowRoot?.childElementCount))
        .map((host) => host.localName);
      return { tags: hosts.length, empty };
    });
  }

  for (const [path, which] of [
    ['/', 'development'],
    ['/server', 'development'],
    ['/', 'production'],
    ['/server', 'production'],
  ] as const) {
    it(`${path === '/' ? 'rendered in the browser' : 'server-rendered and upgraded'} (${which} build): 0 violations; every component renders, the form validates, the language switches and the form submits`, async () => {
      policy = STRICT_CSP;
      build = which;
      posts.length = 0;
      const { page, violations, errors } = await open(path);
      try {
        const { tags, empty } = await rendered(page);
        assert.equal(tags, definitions.length);
        assert.deepEqual(empty, [], 'components that rendered nothing');

        // Validate: nothing posted, the error summary lists both questions.
        await page.click('form cyd-button button');
        await page.waitForSelector('form .cyd-error-summary:not([hidden]) a');
        const summary = await page.$$eval('form .cyd-error-summary a', (links) => links.map((a) => a.textContent?.trim()));
        assert.deepEqual(summary, ['Enter your full name', 'Select how we should contact you']);
        assert.equal(posts.length, 0);

        // Switch the page's language: the components follow it.
        await page.evaluate(() => {
          document.documentElement.lang = 'cy';
        });
        await page.waitForFunction(() => document.querySelector('label[for="full-name"]')?.textContent?.trim() === 'Enw llawn');
        assert.deepEqual(await page.$$eval('form .cyd-error-summary a', (links) => links.map((a) => a.textContent?.trim())), [
          'Rhowch eich enw llawn',
          'Dewiswch sut dylem gysylltu â chi',
        ]);

        // Answer and submit.
        await page.type('#full-name', 'Siân ap Rhys');
        await page.click('label[for="contact"]');
        // Each page has its own record of violations: read this one's before it goes.
        assert.deepEqual(await violations(), [], `policy violations under ${STRICT_CSP}`);
        await Promise.all([page.waitForNavigation(), page.click('form cyd-button button')]);
        assert.deepEqual(posts, [{ 'full-name': 'Siân ap Rhys', contact: 'email' }]);
        await page.waitForSelector('cyd-panel h1, cyd-panel h2');

        assert.deepEqual(await violations(), [], `policy violations on the next page under ${STRICT_CSP}`);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }

  it("breaks without lit-html as a Trusted Types policy (trusted-types 'none'): why the policy names it", async () => {
    policy = STRICT_CSP.replace('trusted-types lit-html', "trusted-types 'none'");
    build = 'production';
    const { page, violations, errors } = await open('/', false);
    try {
      const found = await violations();
      assert.ok(
        found.some((v) => v.directive === 'trusted-types' && v.sample === 'lit-html'),
        `expected Lit's policy to be refused: ${JSON.stringify(found.slice(0, 3))}`,
      );
      assert.ok(errors.length > 0, 'the page reports errors: Lit cannot render its templates');
    } finally {
      await page.close();
      policy = STRICT_CSP;
    }
  });

  it('reports what the policy stops (the check above can fail)', async () => {
    const { page, violations } = await open('/inline', false);
    try {
      const directives = (await violations()).map((v) => v.directive).sort();
      assert.deepEqual(directives, ['script-src-attr', 'script-src-elem', 'style-src-attr']);
      assert.equal(await page.title(), 'Every component', 'the inline script did not run');
    } finally {
      await page.close();
    }
  });

  it('is the policy docs/security.md gives', () => {
    assert.ok(
      readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8').includes(STRICT_CSP),
      'docs/security.md must give STRICT_CSP word for word',
    );
  });
});
