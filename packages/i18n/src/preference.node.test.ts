// Which addresses name a language, and so keep a remembered choice from
// changing the page (the DOM half of the rule is tested in Chromium, in the
// language toggle's tests).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localeFromAddress, localeFromCookie } from './preference.js';

describe('localeFromAddress', () => {
  it('reads ?lang=, whatever its case', () => {
    assert.equal(localeFromAddress('https://council.example/parking?lang=cy'), 'cy');
    assert.equal(localeFromAddress('/parking?page=2&lang=EN'), 'en');
  });

  it('reads a first path segment that is a language code', () => {
    assert.equal(localeFromAddress('/cy/parcio'), 'cy');
    assert.equal(localeFromAddress('/cy'), 'cy');
    assert.equal(localeFromAddress('https://council.example/EN/parking/apply'), 'en');
  });

  it('lets the query win over the path, as a link that adds ?lang= means it', () => {
    assert.equal(localeFromAddress('/cy/parcio?lang=en'), 'en');
  });

  it('names no language for other addresses', () => {
    assert.equal(localeFromAddress('/parking'), null);
    assert.equal(localeFromAddress('/services/cy/parcio'), null, 'only the first segment counts');
    assert.equal(localeFromAddress('/cymraeg/parcio'), null);
    assert.equal(localeFromAddress('/parking?lang=fr'), null);
    assert.equal(localeFromAddress('/parking?language=cy'), null);
  });
});

describe('localeFromCookie, as a server reads a form post', () => {
  it('finds the choice among the other cookies of a request', () => {
    assert.equal(localeFromCookie('session=abc123; cydran-locale=cy'), 'cy');
    assert.equal(localeFromCookie(null), null);
  });
});
