// Server rendering a React app made of @cydran/react wrappers: react-dom's
// renderToString writes each wrapper as its cyd-* tag with the props as the
// attributes the props spec reads (label-cy, label-en, options as JSON…),
// and expandHTML from @cydran/components/server turns those tags into the
// full light-DOM markup. The page is then loaded in Chromium with
// JavaScript disabled: the labels and fields are real, the form posts, and
// the server's errors show in the error summary and inline, in Welsh as in
// English.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { expandHTML } from '@cydran/components/server';
import type { Locale } from '@cydran/i18n';
import { Button, ErrorSummary, Radios, TextInput } from '@cydran/react';
import { type TestServer, bundleStylesheet, formFields, launchChromium, serve } from '../progressive-enhancement/support.js';
import { attr, attrs, byId, byTag, classes, oneByTag, parseDocument, parseHTML, queryAll, textOf } from '../support/html.js';

// The React of @cydran/react (19): the repository root holds another (18, Storybook's), and one page needs one React.
const requireReact = createRequire(fileURLToPath(new URL('../../packages/react/package.json', import.meta.url)));
const React: typeof import('react') = requireReact('react');
const { renderToString }: typeof import('react-dom/server') = requireReact('react-dom/server');
const h = React.createElement;

type Bilingual = Record<Locale, string>;

const NAME_ERROR: Bilingual = { en: 'Enter your full name', cy: 'Rhowch eich enw llawn' };
const CONTACT_ERROR: Bilingual = { en: 'Select how we should contact you', cy: 'Dewiswch sut dylen ni gysylltu â chi' };
const TITLE: Bilingual = { en: 'Apply for a parking permit', cy: 'Gwneud cais am drwydded parcio' };

interface Answers {
  'full-name'?: string;
  contact?: string;
}

/** The React app: a question page that also shows the server's errors. */
function Application({ locale, answers, errors }: { locale: Locale; answers: Answers; errors: Partial<Record<keyof Answers, Bilingual>> }): React.ReactElement {
  const summary = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  return h(
    'html',
    { lang: locale },
    h(
      'head',
      null,
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, TITLE[locale]),
      h('link', { rel: 'stylesheet', href: '/cydran.css' }),
    ),
    h(
      'body',
      null,
      h(
        'main',
        null,
        h('h1', null, TITLE[locale]),
        h(
          'form',
          { method: 'post', action: `/?lang=${locale}`, noValidate: true },
          summary.length ? h(ErrorSummary, { errors: summary }) : null,
          h(TextInput, {
            name: 'full-name',
            label: { en: 'Full name', cy: 'Enw llawn' },
            hint: { en: 'As on your driving licence', cy: 'Fel ar eich trwydded yrru' },
            autocomplete: 'name',
            required: true,
            defaultValue: answers['full-name'],
            error: errors['full-name'],
          }),
          h(Radios, {
            name: 'contact',
            label: { en: 'How should we contact you?', cy: 'Sut ddylen ni gysylltu â chi?' },
            options: [
              { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
              { value: 'post', label: { en: 'Letter by post', cy: 'Llythyr drwy’r post' } },
            ],
            defaultValue: answers.contact,
            required: true,
            error: errors.contact,
          }),
          h(Button, { buttonText: { en: 'Continue', cy: 'Parhau' } }),
        ),
      ),
    ),
  );
}

function renderPage(locale: Locale, answers: Answers = {}, errors: Partial<Record<keyof Answers, Bilingual>> = {}): string {
  const problems: string[] = [];
  const html = expandHTML(`<!doctype html>${renderToString(h(Application, { locale, answers, errors }))}`, { onProblem: (p) => problems.push(p) });
  assert.deepEqual(problems, [], 'the server renderer found no developer mistakes');
  return html;
}

describe('@cydran/react on the server: renderToString, then expandHTML', () => {
  it('writes each wrapper as its tag with the props as the attributes the props spec reads', () => {
    const html = renderToString(
      h(TextInput, {
        name: 'email',
        label: { en: 'Email address', cy: 'Cyfeiriad e-bost' },
        required: true,
        maxlength: 80,
        type: 'email',
        className: 'extra',
        onInput: () => {},
      }),
    );
    assert.deepEqual(attrs(oneByTag(parseHTML(html), 'cyd-text-input')), {
      name: 'email',
      'label-en': 'Email address',
      'label-cy': 'Cyfeiriad e-bost',
      required: '',
      maxlength: '80',
      type: 'email',
      class: 'extra',
    });
  });

  it('says which wrapper and prop is wrong when a value cannot be written as an attribute', () => {
    // A language Cydran has no messages for: TypeScript lets it through a variable, the server must not.
    const label = { en: 'Email', de: 'E-Mail' };
    assert.throws(
      () => renderToString(h(TextInput, { name: 'email', label })),
      /@cydran\/react TextInput: label is an object; give text: a string, or one per language/,
    );
  });

  for (const locale of ['en', 'cy'] as const) {
    it(`expands to real labels, inputs, radios and the error summary (${locale})`, () => {
      const page = parseDocument(renderPage(locale, {}, { 'full-name': NAME_ERROR, contact: CONTACT_ERROR }));
      const labelFor = (id: string | undefined): string => textOf(oneByTag(page, 'label', { for: id ?? '' }));
      const input = oneByTag(page, 'input', { name: 'full-name' });
      assert.equal(labelFor(attr(input, 'id')), locale === 'cy' ? 'Enw llawn' : 'Full name');
      const radios = queryAll(page, (e) => e.tag === 'input' && attr(e, 'type') === 'radio');
      assert.deepEqual(
        radios.map((r) => attr(r, 'name')),
        ['contact', 'contact'],
      );
      assert.deepEqual(
        radios.map((r) => labelFor(attr(r, 'id'))),
        locale === 'cy' ? ['E-bost', 'Llythyr drwy’r post'] : ['Email', 'Letter by post'],
      );
      const links = byTag(oneByTag(page, 'cyd-error-summary'), 'a');
      assert.deepEqual(
        links.map((a) => [attr(a, 'href'), textOf(a)]),
        [
          ['#full-name', NAME_ERROR[locale]],
          ['#contact', CONTACT_ERROR[locale]],
        ],
      );
      const inlineErrors = (attr(input, 'aria-describedby') ?? '')
        .split(' ')
        .map((id) => byId(page, id))
        .filter((e) => classes(e).includes('cyd-error-message'));
      assert.deepEqual(inlineErrors.map(textOf), [`${locale === 'cy' ? 'Gwall' : 'Error'}: ${NAME_ERROR[locale]}`]);
    });
  }
});

describe('a React page rendered on the server, with JavaScript disabled', () => {
  let server: TestServer;
  let browser: Browser;
  const posts: Record<string, string>[] = [];

  before(async () => {
    const stylesheet = await bundleStylesheet();
    server = await serve(({ method, path, query, body }) => {
      if (path === '/cydran.css') return { type: 'text/css', body: stylesheet };
      if (path !== '/') return undefined;
      const locale: Locale = query.get('lang') === 'cy' ? 'cy' : 'en';
      if (method !== 'POST') return { body: renderPage(locale) };
      const fields = formFields(body);
      posts.push(fields);
      const answers: Answers = { 'full-name': fields['full-name'], contact: fields.contact };
      const errors: Partial<Record<keyof Answers, Bilingual>> = {};
      if (!answers['full-name']?.trim()) errors['full-name'] = NAME_ERROR;
      if (!answers.contact) errors.contact = CONTACT_ERROR;
      return { body: renderPage(locale, answers, errors) };
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(locale: Locale): Promise<Page> {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/?lang=${locale}`);
    return page;
  }

  const submit = (page: Page): Promise<unknown> => Promise.all([page.waitForNavigation(), page.click('form button[type="submit"]')]);

  for (const locale of ['en', 'cy'] as const) {
    it(`posts what was typed and chosen (${locale})`, async () => {
      const page = await open(locale);
      try {
        assert.equal(await page.evaluate(() => typeof customElements.get('cyd-text-input')), 'undefined', 'no script ran');
        assert.equal(await page.$eval('label[for="full-name"]', (l) => l.textContent?.trim()), locale === 'cy' ? 'Enw llawn' : 'Full name');
        await page.type('#full-name', 'Siân ap Rhys');
        await page.click('input[name="contact"][value="post"]');
        const before = posts.length;
        await submit(page);
        assert.equal(posts.length, before + 1, 'the form posted once');
        assert.deepEqual(posts.at(-1), { 'full-name': 'Siân ap Rhys', contact: 'post' });
      } finally {
        await page.close();
      }
    });

    it(`shows the server's errors in the summary and inline, keeping the answer (${locale})`, async () => {
      const page = await open(locale);
      try {
        await page.click('input[name="contact"][value="email"]');
        await submit(page);
        assert.equal(await page.$eval('.cyd-error-summary h2', (e) => e.textContent?.trim()), locale === 'cy' ? 'Mae problem wedi codi' : 'There is a problem');
        assert.deepEqual(await page.$$eval('.cyd-error-summary a', (links) => links.map((a) => a.textContent?.trim())), [NAME_ERROR[locale]]);
        const inline = await page.$eval('cyd-text-input .cyd-error-message', (e) => e.textContent?.replace(/\s+/g, ' ').trim());
        assert.equal(inline, `${locale === 'cy' ? 'Gwall' : 'Error'}: ${NAME_ERROR[locale]}`);
        assert.equal(
          await page.$eval('input[name="contact"][value="email"]', (r) => r instanceof HTMLInputElement && r.checked),
          true,
          'the choice is shown back',
        );
        await page.click('.cyd-error-summary a');
        assert.equal(await page.evaluate(() => location.hash), '#full-name', 'the summary links to the field');
      } finally {
        await page.close();
      }
    });
  }
});
