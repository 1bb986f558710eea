// The relying party (@cydran/auth/server) in the security suite: the
// payload corpus as return addresses (never an open redirect, never stored
// as anything but a same-site path), as the signed-out page's state and
// language and as unknown paths (shown as text, injecting nothing), and
// every route that changes something refusing a POST without its proof.
// Against a real oidc-provider on loopback; pages read back with parse5.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SqlFormStore, openStore } from '@cydran/forms/storage';
import { createAuthHandler, safeReturnPath, type AuthHandler } from '@cydran/auth/server';
import { CLIENT_ID, CLIENT_SECRET, type FixtureProvider, startFixtureProvider } from '../../packages/auth/src/server/provider.fixture.js';
import { parseDocument, queryAll } from '../support/html.js';
import { CANARY, MARKUP_PAYLOADS, URL_PAYLOADS, isDangerousUrl } from './payloads.js';

const SERVICE = 'https://council.example';
/** Elements a payload would bring into a page if it were written unescaped (the pages here load no scripts). */
const INJECTED = new Set(['script', 'img', 'svg', 'iframe', 'details', 'math', 'object', 'embed', 'base', 'style']);
const LINK_ATTRIBUTES = ['href', 'src', 'action', 'formaction'];

let provider: FixtureProvider;
let store: SqlFormStore;
let auth: AuthHandler;

before(async () => {
  [provider, store] = await Promise.all([startFixtureProvider([SERVICE]), openStore({ databaseUrl: '', dataDir: 'memory://' })]);
  auth = createAuthHandler({
    issuer: provider.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    database: store.database,
    csrfSecret: 'security suite: sixteen bytes or more',
  });
  await auth.ready();
});
after(async () => {
  await provider?.close();
  await store?.close();
});

function findingsIn(markup: string): string[] {
  const findings: string[] = [];
  for (const element of queryAll(parseDocument(markup))) {
    if (INJECTED.has(element.tag)) findings.push(`<${element.tag}>`);
    for (const [name, value] of element.attributes) {
      if (name.startsWith('on') || name === 'data-pwned' || name.includes(CANARY)) findings.push(`${element.tag}[${name}]`);
      if (LINK_ATTRIBUTES.includes(name) && isDangerousUrl(value)) findings.push(`${element.tag}[${name}=${value}]`);
      if (LINK_ATTRIBUTES.includes(name) && new URL(value, SERVICE).origin !== SERVICE && !value.startsWith(provider.issuer))
        findings.push(`${element.tag}[${name}] leaves the site: ${value}`);
    }
  }
  return findings;
}

describe('the relying party under hostile input', () => {
  it('keeps every hostile return address off the provider round trip: only a same-site path is stored', async () => {
    const tried = [...URL_PAYLOADS, ...MARKUP_PAYLOADS].map((payload) => payload.value);
    tried.push('//evil.example', '/\\evil.example', 'https:evil.example', '/%09/evil.example', '\t//evil.example', '/\u2028/x');
    for (const value of tried) {
      await store.database.query('DELETE FROM auth_sign_in_attempts');
      const response = await auth(new Request(`${SERVICE}/sign-in?${new URLSearchParams({ return: value })}`));
      assert.equal(response.status, 303, value);
      assert.ok(response.headers.get('location')!.startsWith(`${provider.issuer}/auth?`), 'the only redirect is to the provider');
      const [row] = await store.database.query('SELECT return_to FROM auth_sign_in_attempts');
      const stored = String(row!.return_to);
      assert.equal(new URL(stored, SERVICE).origin, SERVICE, `${JSON.stringify(value)} is stored as ${JSON.stringify(stored)}`);
      assert.ok(stored.startsWith('/') && !stored.startsWith('//') && !stored.includes('\\'), stored);
      assert.equal(stored, safeReturnPath(value) ?? '/');
    }
  });

  it('shows the payloads in the signed-out page’s state and language, and in unknown paths, as nothing but text', async () => {
    for (const { name, value } of MARKUP_PAYLOADS) {
      for (const address of [
        `/signed-out?${new URLSearchParams({ state: value })}`,
        `/signed-out?${new URLSearchParams({ state: `timed-out.${value}`, lang: value })}`,
        `/${encodeURIComponent(value)}`,
      ]) {
        const response = await auth(new Request(`${SERVICE}${address}`));
        const findings = findingsIn(await response.text());
        assert.deepEqual(findings, [], `${name} at ${address}`);
      }
    }
  });

  it('refuses every state-changing POST without its proof: sign-out without the CSRF token, keep-alive without its header', async () => {
    const refused: { path: string; headers: Record<string, string>; body: string }[] = [
      { path: '/sign-out', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'csrf-token=' },
      { path: '/session/keep-alive', headers: {}, body: '' },
      { path: '/session/keep-alive', headers: { 'cydran-keep-alive': '1', origin: 'https://evil.example' }, body: '' },
    ];
    for (const { path, headers, body } of refused) {
      const response = await auth(new Request(`${SERVICE}${path}`, { method: 'POST', headers, body }));
      assert.equal(response.status, 403, path);
      assert.equal(response.headers.getSetCookie().length, 0, `${path}: nothing set`);
    }
    for (const path of ['/sign-in', '/auth/callback', '/signed-out', '/timed-out']) {
      assert.equal((await auth(new Request(`${SERVICE}${path}`, { method: 'POST', body: '' }))).status, 405, path);
    }
  });
});
