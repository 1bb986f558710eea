import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES, type Locale, catalogueProblems } from '@cydran/i18n';
import { AUTH_ERROR_REASONS, authMessages, cy, en } from './auth.messages.js';
import { EXAMPLE_PAGES, EXAMPLE_SECRET, exampleSite } from './pages.fixture.js';
import {
  authenticatorSetupPage,
  checkEmailPage,
  enterPhonePage,
  errorMessage,
  renderAuthPage,
  signInButton,
  signInEmailPage,
  signInPasswordPage,
  secretKeyGroups,
  validateEmail,
  validateMobileNumber,
  validateNewPassword,
  validateSecurityCode,
  validateSecurityCodeMethod,
  validateSignInPassword,
} from './index.js';
import { htmlToString } from './markup.js';
import { attr, parseDocument, queryAll, rawTextOf } from '../../../../test/support/html.js';

const elements = queryAll;
const text = rawTextOf;

// Quiet: the example site gives every option the header and footer ask for, so any problem is a failure.
function render(content: Parameters<typeof renderAuthPage>[0]) {
  const problems: string[] = [];
  const site = exampleSite();
  const page = renderAuthPage(content, { ...site, page: { ...site.page, onProblem: (problem) => problems.push(problem) } });
  assert.deepEqual(problems, [], 'the components report no developer problems');
  return parseDocument(page);
}

/** English catalogue words that are not the same in Welsh (names, numbers and URLs are). */
const ENGLISH_WORDS = Object.entries(en)
  .filter(([key, words]) => typeof words === 'string' && words !== cy[key as keyof typeof cy])
  .map(([, words]) => words as string);

describe('auth patterns: the catalogue', () => {
  it('has every key in both languages with no empty message', () => {
    assert.deepEqual(catalogueProblems(authMessages), []);
  });

  it('has a message for every error reason, in each language', () => {
    for (const reason of AUTH_ERROR_REASONS) {
      for (const locale of LOCALES) assert.ok(errorMessage(reason, locale).length > 0, `${reason} in ${locale}`);
      assert.notEqual(errorMessage(reason, 'cy'), errorMessage(reason, 'en'), reason);
    }
  });

  it('says minutes with the Welsh mutation after 2 and none after 15', () => {
    assert.equal(cy.waitMinutes(15), 'Arhoswch 15 munud, yna rhowch gynnig arall arni.');
    assert.equal(cy.waitMinutes(2), 'Arhoswch 2 funud, yna rhowch gynnig arall arni.');
    assert.equal(en.waitMinutes(1), 'Wait 1 minute, then try again.');
  });
});

describe('auth patterns: every page rendered on the server, no JavaScript', () => {
  for (const example of EXAMPLE_PAGES) {
    for (const locale of LOCALES) {
      it(`${example.name} (${example.state}) in ${locale}`, () => {
        const content = example.render(locale);
        const document = render(content);
        const html = elements(document, (e) => e.tag === 'html')[0]!;
        assert.equal(attr(html, 'lang'), locale);

        const title = text(elements(document, (e) => e.tag === 'title')[0]!);
        const prefix = { en: 'Error: ', cy: 'Gwall: ' }[locale];
        assert.equal(title.startsWith(prefix), content.errors.length > 0, `title "${title}"`);
        assert.ok(title.includes(content.title));
        assert.equal(elements(document, (e) => e.tag === 'h1').length, 1, 'one <h1>');

        // The language link goes to this page in the other language.
        const other: Locale = locale === 'en' ? 'cy' : 'en';
        const toggle = elements(document, (e) => e.tag === 'a' && attr(e, 'hreflang') === other);
        assert.equal(toggle.length, 1);

        const main = elements(document, (e) => e.tag === 'main')[0]!;
        const forms = elements(main, (e) => e.tag === 'form');
        if (example.posts.length === 0) assert.equal(forms.length, 0);
        else {
          assert.equal(forms.length, 1);
          const [form] = forms;
          assert.equal(attr(form!, 'method'), 'post');
          assert.ok(attr(form!, 'action')?.startsWith('/'));
          const fields = elements(form!, (e) => ['input', 'select', 'textarea', 'button'].includes(e.tag) && attr(e, 'name') !== undefined);
          assert.deepEqual([...new Set(fields.map((f) => attr(f, 'name')))].sort(), [...example.posts].sort(), 'the fields the form posts');
          const csrf = fields.find((f) => attr(f, 'name') === 'csrf-token')!;
          assert.equal(attr(csrf, 'type'), 'hidden');
          assert.equal(attr(csrf, 'value'), 'example-csrf-token');
          // A submit button that works without JavaScript: the server render is a real <button>.
          assert.ok(elements(form!, (e) => e.tag === 'button' && attr(e, 'type') === 'submit').length === 1);
        }

        // Each error shows in the summary, linked to its field, and at the field.
        for (const error of content.errors) {
          const message = errorMessage(error.reason, locale);
          const links = elements(main, (e) => e.tag === 'a' && attr(e, 'href') === `#${error.field}`);
          assert.equal(links.length, 1, `summary link to #${error.field}`);
          assert.equal(text(links[0]!).trim(), message);
          assert.ok(elements(main, (e) => attr(e, 'id') === error.field).length === 1, `a control with id ${error.field}`);
          const inline = elements(
            main,
            (e) => attr(e, 'class') === 'cyd-error-message' && (attr(e, 'id') ?? '').startsWith(error.field) && text(e).includes(message),
          );
          assert.equal(inline.length, 1, `inline error for ${error.field}`);
        }

        if (locale === 'cy') {
          const words = text(document);
          for (const english of ENGLISH_WORDS) assert.ok(!words.includes(english), `English "${english}" in the Welsh page`);
        }
      });
    }
  }
});

describe('auth patterns: hostile values are escaped', () => {
  const hostile = '"><script>alert(1)</script>@example.com';

  it('an email address shown on the password and check-email pages', () => {
    for (const content of [
      signInPasswordPage({ action: '/p', csrf: { token: 't' }, email: hostile, forgottenPasswordHref: '/f' }, 'en'),
      checkEmailPage({ action: '/c', csrf: { token: 't' }, email: hostile, resendHref: '/r', expiresInMinutes: 15 }, 'cy'),
    ]) {
      const document = render(content);
      assert.equal(elements(document, (e) => e.tag === 'script').length, 0);
      assert.ok(text(document).includes(hostile), 'shown as text');
    }
  });

  it('a typed value, the form action and the CSRF token', () => {
    const content = signInEmailPage(
      { action: '/a"><script>x</script>', csrf: { token: '"><script>y</script>' }, values: { email: hostile }, createAccountHref: '/c' },
      'en',
    );
    const document = render(content);
    assert.equal(elements(document, (e) => e.tag === 'script').length, 0);
    const input = elements(document, (e) => e.tag === 'input' && attr(e, 'name') === 'email')[0]!;
    assert.equal(attr(input, 'value'), hostile);
    const form = elements(document, (e) => e.tag === 'form')[0]!;
    assert.equal(attr(form, 'action'), '/a"><script>x</script>');
  });

  it('a phone number typed back', () => {
    const document = render(enterPhonePage({ action: '/p', csrf: { token: 't' }, values: { phone: '<img src=x onerror=alert(1)>' } }, 'cy'));
    assert.equal(elements(document, (e) => e.tag === 'img').length, 0);
  });
});

describe('auth patterns: validation', () => {
  it('email: missing, wrong format, clean value, in each language', () => {
    const missing = validateEmail({ email: '  ' }, 'cy');
    assert.equal(missing.ok, false);
    assert.deepEqual(missing.errors, [{ field: 'email', reason: 'emailMissing', message: 'Rhowch eich cyfeiriad e-bost' }]);
    const wrong = validateEmail(new URLSearchParams({ email: 'sarah.example.com' }), 'en');
    assert.deepEqual(wrong.errors, [{ field: 'email', reason: 'emailFormat', message: en.emailFormat }]);
    assert.equal(wrong.values.email, 'sarah.example.com', 'what was typed is kept');
    const right = validateEmail({ email: ' Sarah@Example.COM ' }, 'en');
    assert.ok(right.ok);
    assert.equal(right.value.email, 'Sarah@example.com');
  });

  it('sign-in password: only that one was given; never kept', () => {
    const missing = validateSignInPassword({}, 'cy');
    assert.deepEqual(
      missing.errors.map((e) => [e.reason, e.message]),
      [['passwordMissing', 'Rhowch eich cyfrinair']],
    );
    const given = validateSignInPassword({ password: 'x' }, 'en');
    assert.ok(given.ok);
    assert.deepEqual(given.values, {});
  });

  it('new password: each reason, Welsh and English', () => {
    const reasons = (password: string, confirm: string, locale: Locale = 'en') =>
      validateNewPassword({ password, 'confirm-password': confirm }, locale, { email: 'sarah.jones@example.com' }).errors.map((e) => `${e.field}:${e.reason}`);
    assert.deepEqual(reasons('', ''), ['password:newPasswordMissing', 'confirm-password:confirmMissing']);
    assert.deepEqual(reasons('short1', 'short1'), ['password:passwordTooShort']);
    assert.deepEqual(reasons('x'.repeat(257), 'x'.repeat(257)), ['password:passwordTooLong']);
    assert.deepEqual(reasons('Sarah.Jones@example.com', 'Sarah.Jones@example.com'), ['password:passwordIsEmail']);
    for (const common of ['password', 'password1', '12345678', 'qwertyuiop', 'iloveyou', 'aaaaaaaa', 'abcdefgh']) {
      assert.deepEqual(reasons(common, common), ['password:passwordCommon'], common);
    }
    assert.deepEqual(reasons('sarahjones1', 'sarahjones1'), ['password:passwordCommon'], 'the email address in the password is easy to guess');
    assert.deepEqual(reasons('correct horse battery staple', 'correct horse battery stapel'), ['confirm-password:passwordsDiffer']);
    assert.deepEqual(reasons('correct horse battery staple', 'correct horse battery staple'), []);
    assert.deepEqual(reasons('kq7fmzpa', 'kq7fmzpa'), [], 'eight random characters are enough: length over complexity');
    const welsh = validateNewPassword({ password: 'password', 'confirm-password': 'password' }, 'cy');
    assert.equal(welsh.errors[0]?.message, cy.passwordCommon);
    assert.deepEqual(welsh.values, {}, 'a password is never kept to show again');
  });

  it('security code: spaces and dashes ignored, each reason', () => {
    const digits = (code: string) => {
      const result = validateSecurityCode({ code }, 'en');
      return result.ok ? result.value.code : result.errors.map((e) => e.reason).join();
    };
    assert.equal(digits('123 456'), '123456');
    assert.equal(digits('123-456'), '123456');
    assert.equal(digits(' 12 34 56 '), '123456');
    assert.equal(digits('123–456'), '123456');
    assert.equal(digits(''), 'codeMissing');
    assert.equal(digits('12345'), 'codeLength');
    assert.equal(digits('1234567'), 'codeLength');
    assert.equal(digits('12345a'), 'codeNotDigits');
    assert.equal(validateSecurityCode({ code: '12' }, 'cy').errors[0]?.message, 'Rhaid i’r cod diogelwch fod yn 6 digid');
  });

  it('security code method: one of the two', () => {
    assert.deepEqual(validateSecurityCodeMethod({ method: 'app' }, 'en'), { ok: true, value: { method: 'app' }, values: { method: 'app' }, errors: [] });
    assert.equal(validateSecurityCodeMethod({ method: 'email' }, 'cy').errors[0]?.message, 'Dewiswch sut rydych eisiau cael codau diogelwch');
  });

  it('mobile number: UK mobiles only, as E.164', () => {
    const phone = (value: string) => {
      const result = validateMobileNumber({ phone: value }, 'en');
      return result.ok ? result.value.phone : result.errors[0]!.reason;
    };
    assert.equal(phone('07911 123456'), '+447911123456');
    assert.equal(phone('+44 (0)7911 123-456'), '+447911123456');
    assert.equal(phone(''), 'phoneMissing');
    assert.equal(phone('029 2087 2087'), 'phoneNotMobile');
    assert.equal(phone('+33 6 12 34 56 78'), 'phoneNotUk');
    assert.equal(phone('0791'), 'phoneFormat');
    assert.equal(validateMobileNumber({ phone: '029 2087 2087' }, 'cy').errors[0]?.message, cy.phoneNotMobile);
  });

  it("mobile number: the hint's example (Ofcom's number for drama) is accepted, the fixed-line one is not a mobile", () => {
    for (const locale of ['en', 'cy'] as const) {
      const texts = locale === 'en' ? en : cy;
      assert.ok(texts.phoneHint.includes('07700 900 982') && texts.phoneFormat.includes('07700 900 982'), `the ${locale} hint and message give 07700 900 982`);
      assert.deepEqual(validateMobileNumber({ phone: '07700 900 982' }, locale).errors, []);
    }
    assert.equal(validateMobileNumber({ phone: '01632 960 001' }, 'en').errors[0]?.reason, 'phoneNotMobile');
  });
});

describe('auth patterns: authenticator app set-up', () => {
  it('groups the secret key in fours, upper case', () => {
    assert.deepEqual(secretKeyGroups('jbswy3dpehpk3pxp'), ['JBSW', 'Y3DP', 'EHPK', '3PXP']);
    assert.deepEqual(secretKeyGroups('JBSW Y3DP EH'), ['JBSW', 'Y3DP', 'EH']);
    assert.throws(() => secretKeyGroups('not base32!'), /authenticatorSetupPage: state\.secret/);
  });

  it('draws the QR code as an inline SVG with an accessible name, and shows the key', () => {
    for (const locale of LOCALES) {
      const document = render(
        authenticatorSetupPage({ action: '/a', csrf: { token: 't' }, secret: EXAMPLE_SECRET, otpauthUri: 'otpauth://totp/x?secret=' + EXAMPLE_SECRET }, locale),
      );
      const image = elements(document, (e) => attr(e, 'role') === 'img')[0]!;
      assert.equal(attr(image, 'aria-label'), authMessages[locale].qrCodeName);
      assert.equal(elements(image, (e) => e.tag === 'svg').length, 1);
      const key = elements(document, (e) => attr(e, 'data-secret-key') !== undefined)[0]!;
      assert.equal(text(key), 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    }
    assert.throws(() => authenticatorSetupPage({ action: '/a', csrf: { token: 't' }, secret: EXAMPLE_SECRET, otpauthUri: 'https://x' }, 'en'), /otpauth:\/\//);
  });
});

describe('auth patterns: sign-in buttons', () => {
  it('GOV.UK One Login and another provider, as a link and as a form, in both languages', () => {
    const link = htmlToString(signInButton({ href: '/sign-in' }));
    const document = parseDocument(link);
    const button = elements(document, (e) => e.tag === 'cyd-button')[0]!;
    assert.equal(attr(button, 'text'), 'Sign in with GOV.UK One Login');
    assert.equal(attr(button, 'text-cy'), 'Mewngofnodi gyda GOV.UK One Login');
    assert.equal(attr(button, 'href'), '/sign-in');

    const posted = parseDocument(
      htmlToString(signInButton({ provider: 'Microsoft Entra ID', action: '/sign-in', csrf: { token: 'tok' }, name: 'provider', value: 'entra' })),
    );
    const form = elements(posted, (e) => e.tag === 'form')[0]!;
    assert.equal(attr(form, 'method'), 'post');
    assert.equal(attr(elements(form, (e) => e.tag === 'input')[0]!, 'value'), 'tok');
    const other = elements(form, (e) => e.tag === 'cyd-button')[0]!;
    assert.equal(attr(other, 'text'), 'Sign in with Microsoft Entra ID');
    assert.equal(attr(other, 'text-cy'), 'Mewngofnodi gyda’ch cyfrif Microsoft Entra ID');
    assert.equal(attr(other, 'value'), 'entra');
  });

  it('says how to fix a button with neither or both of href and action, or no CSRF token', () => {
    assert.throws(() => signInButton({}), /signInButton: give either href/);
    assert.throws(() => signInButton({ href: '/a', action: '/b' }), /signInButton: give either href/);
    assert.throws(() => signInButton({ action: '/b' }), /CSRF token/);
  });
});
