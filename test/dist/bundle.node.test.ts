// The built bundle as a council would use it: a plain HTML page with one
// <script type="module" src="cydran.js"> and one stylesheet, no build step,
// no source and no node_modules. Everything else in the test suite runs the
// sources; this is the one test that what `npm run build` writes works.
//
// Builds dist/ first if cydran.js is missing (`npm test` builds it when it is
// older than the sources, see scripts/test.js).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page, SerializedAXNode } from 'puppeteer-core';
import { type Locale, localeFromCookie } from '@cydran/i18n';
import { formFields, launchChromium, repositoryRoot, serve, type TestServer } from '../progressive-enhancement/support.js';

const dist = join(repositoryRoot, 'packages', 'components', 'dist');
const bundlePath = join(dist, 'cydran.js');
const stylesheetPath = join(dist, 'cydran.css');

function buildIfMissing(): void {
  if (existsSync(bundlePath) && existsSync(stylesheetPath)) return;
  // The lock keeps two builds from writing dist/ at once on a shared machine.
  execFileSync('flock', ['/tmp/cydran-build.lock', 'npm', 'run', 'build'], { cwd: repositoryRoot, stdio: 'inherit' });
}

const TAGS = [
  'cyd-skip-link',
  'cyd-language-toggle',
  'cyd-error-summary',
  'cyd-text-input',
  'cyd-radios',
  'cyd-checkboxes',
  'cyd-date-input',
  'cyd-button',
] as const;

/** The page, in plain HTML: only the bundle and its stylesheet are loaded. */
function applicationPage(locale: Locale): string {
  const contact = JSON.stringify([
    { value: 'email', label: { en: 'Email', cy: 'E-bost' } },
    { value: 'post', label: { en: 'Letter by post', cy: 'Llythyr drwy’r post' } },
  ]);
  const needs = JSON.stringify([
    { value: 'wheelchair', label: { en: 'I use a wheelchair', cy: 'Rwy’n defnyddio cadair olwyn' } },
    { value: 'carer', label: { en: 'I travel with a carer', cy: 'Rwy’n teithio gyda gofalwr' } },
  ]);
  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <title>Apply for a parking permit</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/cydran.css">
  <script type="module" src="/cydran.js"></script>
</head>
<body>
  <cyd-skip-link></cyd-skip-link>
  <header><cyd-language-toggle></cyd-language-toggle></header>
  <main id="main-content">
    <form method="post" action="/apply" novalidate>
      <cyd-error-summary></cyd-error-summary>
      <cyd-text-input name="full-name" autocomplete="name" required
        label="Full name" label-cy="Enw llawn"
        hint="As it appears on your blue badge" hint-cy="Fel y mae ar eich bathodyn glas"
        required-message="Enter your full name" required-message-cy="Rhowch eich enw llawn"></cyd-text-input>
      <cyd-radios name="contact" required
        label="How would you like to be contacted?" label-cy="Sut hoffech chi i ni gysylltu â chi?"
        options='${contact}'></cyd-radios>
      <cyd-checkboxes name="needs" required
        label="Which of these apply to you?" label-cy="Pa rai o’r rhain sy’n berthnasol i chi?"
        options='${needs}'></cyd-checkboxes>
      <cyd-date-input name="dob" required
        label="What is your date of birth?" label-cy="Beth yw eich dyddiad geni?"></cyd-date-input>
      <cyd-button text="Continue" text-cy="Parhau"></cyd-button>
    </form>
  </main>
</body>
</html>`;
}

interface Post {
  fields: Record<string, string>;
  cookie: string | undefined;
}

describe('dist/cydran.js on a plain HTML page', () => {
  let server: TestServer;
  let browser: Browser;
  const requested: string[] = [];
  const posts: Post[] = [];

  before(async () => {
    buildIfMissing();
    const bundle = readFileSync(bundlePath);
    const stylesheet = readFileSync(stylesheetPath);
    [server, browser] = await Promise.all([
      serve((request) => {
        requested.push(request.path);
        if (request.path === '/cydran.js') return { type: 'text/javascript', body: bundle };
        if (request.path === '/cydran.css') return { type: 'text/css', body: stylesheet };
        if (request.path === '/' && request.method === 'GET') {
          return { body: applicationPage(request.query.get('lang') === 'cy' ? 'cy' : 'en') };
        }
        if (request.path === '/apply' && request.method === 'POST') {
          posts.push({ fields: formFields(request.body), cookie: request.headers.cookie });
          return { body: '<!doctype html><html lang="en"><title>Received</title><p>Application received</p></html>' };
        }
        return undefined;
      }),
      launchChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page (own cookies and storage) with every element upgraded. */
  async function open(locale: Locale = 'en'): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.origin}/${locale === 'cy' ? '?lang=cy' : ''}`, { waitUntil: 'load' });
    await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), [...TAGS]);
    await settle(page);
    return { page, errors };
  }

  /**
   * Waits until every Cydran element has finished rendering. Two rounds of
   * "a task, then every pending update": a blocked submission shows its
   * errors a task later, and a language change can schedule a second update.
   */
  async function settle(page: Page): Promise<void> {
    await page.evaluate(
      async (tags) => {
        for (let round = 0; round < 2; round++) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          await Promise.all([...document.querySelectorAll(tags.join(','))].map((element) => Reflect.get(element, 'updateComplete')));
        }
      },
      [...TAGS],
    );
  }

  async function close(page: Page): Promise<void> {
    await page.browserContext().close();
  }

  /** Every accessible node, flattened, with its role, name and description. */
  async function accessibleNodes(page: Page): Promise<SerializedAXNode[]> {
    const root = await page.accessibility.snapshot({ interestingOnly: false });
    const nodes: SerializedAXNode[] = [];
    const walk = (node: SerializedAXNode | null | undefined) => {
      if (!node) return;
      nodes.push(node);
      node.children?.forEach(walk);
    };
    walk(root);
    return nodes;
  }

  function findNode(nodes: SerializedAXNode[], role: string, name: string): SerializedAXNode {
    const found = nodes.find((node) => node.role === role && node.name === name);
    assert.ok(
      found,
      `no ${role} named "${name}" in: ${nodes
        .filter((n) => n.name)
        .map((n) => `${n.role} "${n.name}"`)
        .join(', ')}`,
    );
    return found;
  }

  async function pressContinue(page: Page): Promise<void> {
    await page.click('cyd-button button');
    await settle(page);
  }

  const errorTexts = (page: Page) => page.$$eval('.cyd-error-message', (messages) => messages.map((m) => m.textContent!.replace(/\s+/g, ' ').trim()));
  const summaryLinks = (page: Page) =>
    page.$$eval('.cyd-error-summary__link', (links) => links.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href') })));

  it('loads only dist/cydran.js and dist/cydran.css, and upgrades every tag it uses', async () => {
    requested.length = 0;
    const { page, errors } = await open();
    try {
      const upgraded = await page.evaluate(
        (tags) => tags.map((tag) => [tag, customElements.get(tag) !== undefined && document.querySelector(`${tag} > [data-cyd-root]`) !== null]),
        [...TAGS],
      );
      assert.deepEqual(
        upgraded,
        TAGS.map((tag) => [tag, true]),
      );
      assert.deepEqual([...new Set(requested)].sort(), ['/', '/cydran.css', '/cydran.js']);
      assert.deepEqual(errors, []);
      // The stylesheet applies: the skip link is visually hidden until focused.
      const skipLinkWidth = await page.$eval('cyd-skip-link a', (a) => a.getBoundingClientRect().width);
      assert.ok(skipLinkWidth <= 1, `skip link is ${skipLinkWidth}px wide before focus`);
    } finally {
      await close(page);
    }
  });

  it('gives every control its name and description in the accessibility tree (en and cy)', async () => {
    const expected = {
      en: {
        fullName: 'Full name',
        hint: 'As it appears on your blue badge',
        contact: 'How would you like to be contacted?',
        email: 'Email',
        needs: 'Which of these apply to you?',
        wheelchair: 'I use a wheelchair',
        dateOfBirth: 'What is your date of birth?',
        day: 'Day',
        button: 'Continue',
        skipLink: 'Skip to main content',
        toggle: 'Cymraeg (Newid yr iaith i’r Gymraeg)',
      },
      cy: {
        fullName: 'Enw llawn',
        hint: 'Fel y mae ar eich bathodyn glas',
        contact: 'Sut hoffech chi i ni gysylltu â chi?',
        email: 'E-bost',
        needs: 'Pa rai o’r rhain sy’n berthnasol i chi?',
        wheelchair: 'Rwy’n defnyddio cadair olwyn',
        dateOfBirth: 'Beth yw eich dyddiad geni?',
        day: 'Diwrnod',
        button: 'Parhau',
        skipLink: 'Neidio i’r prif gynnwys',
        toggle: 'English (Change the language to English)',
      },
    };
    for (const locale of ['en', 'cy'] as const) {
      const { page } = await open(locale);
      try {
        const nodes = await accessibleNodes(page);
        const want = expected[locale];
        assert.equal(findNode(nodes, 'textbox', want.fullName).description, want.hint);
        // Radios, checkboxes and the date's boxes are fieldsets named by their legend.
        findNode(nodes, 'group', want.contact);
        findNode(nodes, 'radio', want.email);
        findNode(nodes, 'group', want.needs);
        findNode(nodes, 'checkbox', want.wheelchair);
        findNode(nodes, 'group', want.dateOfBirth);
        findNode(nodes, 'textbox', want.day);
        findNode(nodes, 'button', want.button);
        findNode(nodes, 'link', want.skipLink);
        findNode(nodes, 'button', want.toggle);
      } finally {
        await close(page);
      }
    }
  });

  it('blocks an empty required form and shows the error summary and inline errors in the page’s language', async () => {
    const expected = {
      en: { title: 'There is a problem', fullName: 'Enter your full name', date: 'Enter a date', prefix: 'Error:' },
      cy: { title: 'Mae problem wedi codi', fullName: 'Rhowch eich enw llawn', date: 'Rhowch ddyddiad', prefix: 'Gwall:' },
    };
    for (const locale of ['en', 'cy'] as const) {
      posts.length = 0;
      const { page } = await open(locale);
      try {
        await pressContinue(page);
        assert.equal(posts.length, 0, 'nothing was posted');
        assert.equal(new URL(page.url()).pathname, '/');
        const want = expected[locale];
        assert.equal(await page.$eval('.cyd-error-summary__title', (h) => h.textContent!.trim()), want.title);
        const links = await summaryLinks(page);
        const inline = await errorTexts(page);
        assert.equal(links.length, 4, `one link per unanswered question: ${JSON.stringify({ links, inline })}`);
        assert.deepEqual(links[0], { text: want.fullName, href: '#full-name' });
        assert.ok(
          links.some((link) => link.text === want.date),
          `a date error in ${JSON.stringify(links)}`,
        );
        assert.deepEqual(
          inline,
          links.map((link) => `${want.prefix} ${link.text}`),
          'each question shows the summary’s message',
        );
        const focused = await page.evaluate(() => document.activeElement?.closest('.cyd-error-summary') !== null);
        assert.ok(focused, 'focus moves to the summary');
      } finally {
        await close(page);
      }
    }
  });

  it('follows a change of <html lang> live: labels and messages switch to Welsh', async () => {
    const { page } = await open('en');
    try {
      await pressContinue(page);
      assert.deepEqual((await summaryLinks(page))[0], { text: 'Enter your full name', href: '#full-name' });
      await page.evaluate(() => {
        document.documentElement.lang = 'cy';
      });
      await page.waitForFunction(() => document.querySelector('label[for="full-name"]')?.textContent?.trim() === 'Enw llawn');
      assert.equal(await page.$eval('.cyd-error-summary__title', (h) => h.textContent!.trim()), 'Mae problem wedi codi');
      assert.deepEqual((await summaryLinks(page))[0], { text: 'Rhowch eich enw llawn', href: '#full-name' });
      assert.equal((await errorTexts(page))[0], 'Gwall: Rhowch eich enw llawn');
      assert.equal(await page.$eval('cyd-button button', (b) => b.textContent!.trim()), 'Parhau');
      assert.equal(await page.$eval('cyd-skip-link a', (a) => a.textContent!.trim()), 'Neidio i’r prif gynnwys');
    } finally {
      await close(page);
    }
  });

  it('keeps answers across a language switch and posts them, with the chosen language in the cookie', async () => {
    posts.length = 0;
    const { page } = await open('en');
    try {
      // The person starts in English, switches to Welsh in place, and goes on:
      // what they typed before the switch is kept and posted.
      await page.type('#full-name', 'Siân ap Rhys');
      await page.click('cyd-language-toggle button');
      await page.waitForFunction(() => document.querySelector('label[for="full-name"]')?.textContent?.trim() === 'Enw llawn');
      assert.equal(await page.$eval('input#full-name', (input) => input.value), 'Siân ap Rhys');
      await page.click('input[name="contact"][value="post"]');
      await page.click('input[name="needs"][value="carer"]');
      await page.type('input[name="dob-day"]', '27');
      await page.type('input[name="dob-month"]', '3');
      await page.type('input[name="dob-year"]', '1957');
      await Promise.all([page.waitForNavigation(), page.click('cyd-button button')]);
      assert.equal(posts.length, 1);
      const [post] = posts;
      assert.deepEqual(post!.fields, {
        'full-name': 'Siân ap Rhys',
        contact: 'post',
        needs: 'carer',
        'dob-day': '27',
        'dob-month': '3',
        'dob-year': '1957',
      });
      // What a server does to answer in the chosen language: no hidden input.
      assert.equal(localeFromCookie(post!.cookie), 'cy');
    } finally {
      await close(page);
    }
  });
});
