import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONSENT_COOKIE, bannerConsent, consentCookie, consentFromForm, readCookieConsent } from './cookie-consent.js';

describe('readCookieConsent', () => {
  it('reads the choice from a Cookie header among other cookies', () => {
    assert.deepEqual(readCookieConsent(`cydran-locale=cy; ${CONSENT_COOKIE}=analytics=yes; other=1`), { analytics: true });
    assert.deepEqual(readCookieConsent(`${CONSENT_COOKIE}=analytics=no`), { analytics: false });
  });

  it('reads it from a Fetch Request, its Headers, and a Node request object', () => {
    const request = new Request('https://example.gov.wales/', { headers: { cookie: `${CONSENT_COOKIE}=analytics=yes` } });
    assert.deepEqual(readCookieConsent(request), { analytics: true });
    assert.deepEqual(readCookieConsent(request.headers), { analytics: true });
    assert.deepEqual(readCookieConsent({ headers: { cookie: `a=b; ${CONSENT_COOKIE}=analytics=no` } }), { analytics: false });
  });

  it('is undefined when nothing was chosen, or the cookie is not one it wrote', () => {
    for (const header of [
      undefined,
      null,
      '',
      'cydran-locale=cy',
      `${CONSENT_COOKIE}=`,
      `${CONSENT_COOKIE}=analytics=maybe`,
      `${CONSENT_COOKIE}=%E0%A4%A`,
      `x${CONSENT_COOKIE}=analytics=yes`,
    ]) {
      assert.equal(readCookieConsent(header), undefined, String(header));
    }
    assert.equal(readCookieConsent(new Request('https://example.gov.wales/')), undefined);
  });

  it('reads back what a browser sends for the cookie it was given (URL-encoded too)', () => {
    const [pair] = consentCookie({ analytics: true }).split(';');
    assert.deepEqual(readCookieConsent(pair), { analytics: true });
    assert.deepEqual(readCookieConsent(`${CONSENT_COOKIE}=analytics%3Dno`), { analytics: false });
  });
});

describe('consentCookie', () => {
  it('writes name, value, path, one year, SameSite=Lax and Secure', () => {
    assert.equal(consentCookie({ analytics: true }), `${CONSENT_COOKIE}=analytics=yes; Path=/; Max-Age=31536000; SameSite=Lax; Secure`);
    assert.equal(consentCookie({ analytics: false }), `${CONSENT_COOKIE}=analytics=no; Path=/; Max-Age=31536000; SameSite=Lax; Secure`);
  });

  it('leaves Secure off for http, and takes a path, domain and lifetime', () => {
    assert.equal(
      consentCookie({ analytics: false }, { secure: false, path: '/parking', domain: 'example.gov.wales', maxAge: 0 }),
      `${CONSENT_COOKIE}=analytics=no; Path=/parking; Max-Age=0; SameSite=Lax; Domain=example.gov.wales`,
    );
  });

  it('is never HttpOnly: the page decides from it whether to load analytics', () => {
    assert.equal(consentCookie({ analytics: true }).toLowerCase().includes('httponly'), false);
  });
});

describe('consentFromForm and bannerConsent', () => {
  it('reads the no-JavaScript banner’s post', () => {
    assert.deepEqual(consentFromForm(new URLSearchParams('cookies=accept')), { analytics: true });
    const form = new FormData();
    form.set('cookies', 'reject');
    assert.deepEqual(consentFromForm(form), { analytics: false });
    assert.equal(consentFromForm(new URLSearchParams('cookies=yes')), undefined);
    assert.equal(consentFromForm(new URLSearchParams('')), undefined);
  });

  it('gives the banner’s consent attribute', () => {
    assert.equal(bannerConsent({ analytics: true }), 'accepted');
    assert.equal(bannerConsent({ analytics: false }), 'rejected');
    assert.equal(bannerConsent(undefined), undefined);
  });
});
