#!/usr/bin/env node
// Checks the built Storybook (storybook-static/) the way a designer meets it:
// every story, in English and in Cymraeg, in real Chromium at 320px. Fails
// when a story renders nothing, throws, has axe violations, carries the wrong
// `lang`, shows the library's English words in Welsh, does not follow a live
// switch of the language toolbar, or is wider than a 320px screen.
//
//   npm run test:storybook           (builds first)
//   node scripts/check-storybook.js  (uses the existing build)
//   STORY=text-input node scripts/check-storybook.js   (stories whose id contains it)
//   STORYBOOK_DIR=/tmp/sb node scripts/check-storybook.js   (a build written elsewhere,
//     e.g. by `npx storybook build -o /tmp/sb --disable-telemetry --quiet`)
//   STORYBOOK_URL=http://localhost:6006 node scripts/check-storybook.js   (the dev server
//     of `npm start` instead of a build: what a developer sees)
//
// Lit's own console warnings fail a story too: "Multiple versions of Lit
// loaded" (two copies of lit-html, so templates and directives of one are
// not understood by the other) and "Lit is in dev mode" (the slower
// development build; .storybook/main.ts takes the production one).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = process.env.STORYBOOK_DIR ? join(process.env.STORYBOOK_DIR, sep) : fileURLToPath(new URL('../storybook-static/', import.meta.url));
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const LOCALES = ['en', 'cy'];
// Each page is a Chromium renderer; more than this buys little on CI machines.
const PARALLEL_PAGES = Math.min(6, Math.max(2, availableParallelism()));
const STORY_TIMEOUT_MS = 30_000;
const NARROW_SCREEN = { width: 320, height: 640 };

// Module-level constants sit above the top-level awaits below: code after
// them has not run yet while the checks are in progress.
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Words the library itself shows in English. A Welsh story must contain none
 * of them: each has a Welsh twin in a catalogue, and seeing the English one
 * means a component fell back (WELSH.md: "a Welsh render contains no English
 * fallback text"). Author text cannot be checked this way; stories give it in
 * both languages.
 */
const ENGLISH_LIBRARY_STRINGS = [
  'Error:',
  'There is a problem',
  'Skip to main content',
  '(optional)',
  'Enter an answer',
  'Select an answer',
  'Select at least one answer',
  'Select a file',
  'Enter a number',
  'Enter an email address',
  'Enter a web address',
  'Enter your answer in the correct format',
  'Enter a whole number',
  'Check your answer',
  'Show password',
  'Hide password',
  'characters remaining',
  'character remaining',
  'characters too many',
  'character too many',
  'opens in new tab',
  'Save and continue',
  'Continue',
  'Cancel',
  'Change',
];

const devServer = process.env.STORYBOOK_URL?.replace(/\/$/, '');
if (!devServer && !existsSync(join(root, 'index.json'))) {
  fail('No storybook-static/index.json. Build Storybook first: npm run build-storybook');
}
/** The start of each Lit warning that fails a story (lit.dev/msg/multiple-versions, lit.dev/msg/dev-mode). */
const LIT_WARNINGS = ['Multiple versions of Lit loaded', 'Lit is in dev mode'];

if (!existsSync(chrome)) {
  fail(
    `No Chromium at ${chrome}.\n` +
      "Install Debian's: apt-get update && apt-get install -y chromium\n" +
      'or point CHROME_PATH at a Chrome or Chromium you already have.',
  );
}

const index = devServer ? await indexFromDevServer(devServer) : JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const only = process.env.STORY ?? '';
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(only));
if (stories.length === 0) fail(`No stories in storybook-static/index.json${only ? ` matching "${only}"` : ''}.`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const started = Date.now();
const server = devServer ? undefined : await serve(root);
const origin = devServer ?? `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Several stories render at once in background tabs; without these,
    // Chromium pauses their animation frames and timers.
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ],
});

const failures = [];
try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL_PAGES, queue.length) }, async () => {
      const page = await browser.newPage();
      await page.setViewport(NARROW_SCREEN);
      await page.evaluateOnNewDocument(recordStoryEvents);
      for (let story = queue.shift(); story; story = queue.shift()) {
        const problems = await withTimeout(checkStory(page, story), STORY_TIMEOUT_MS, 'did not finish rendering').catch((error) => [
          String(error?.message ?? error),
        ]);
        const label = `${story.title} › ${story.name} (${story.id})`;
        if (problems.length === 0) {
          console.log(`  ok    ${label}`);
        } else {
          console.log(`  FAIL  ${label}`);
          for (const problem of problems) console.log(`          ${problem.replaceAll('\n', '\n          ')}`);
          failures.push({ story, problems });
        }
      }
      await page.close();
    }),
  );
} finally {
  await browser.close();
  server?.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\n${failures.length} of ${stories.length} stories failed (${seconds}s).`);
  process.exit(1);
}
console.log(`\nAll ${stories.length} stories passed in English and Cymraeg (${seconds}s).`);

// ---------------------------------------------------------------------------

/** Every problem with one story, in both languages and across a live switch. */
async function checkStory(page, story) {
  const problems = [];
  const direct = {};
  const [first, second] = LOCALES;
  // Opened in `first` last, so the live switch below starts from this page.
  for (const locale of [second, first]) {
    const result = await openStory(page, story, locale);
    direct[locale] = result.text;
    problems.push(...result.problems.map((p) => `[${locale}] ${p}`));
  }
  if (problems.length > 0) return problems;

  // Switching the toolbar must switch the story in place, exactly as if it
  // had been opened in that language, and keep what the person typed.
  const switched = await switchLanguage(page, second);
  problems.push(...switched.problems.map((p) => `[${first} → ${second} live] ${p}`));
  if (switched.text !== direct[second]) {
    problems.push(
      `[${first} → ${second} live] text differs from the story opened in ${second}:\n` +
        `live:   ${switched.text.slice(0, 300)}\nopened: ${direct[second].slice(0, 300)}`,
    );
  }
  const typed = await page.evaluate(() => {
    const input = document.querySelector(window.cydTypableSelector);
    if (!input) return null;
    input.value = input.type === 'number' ? '42' : 'Ysgrifennwyd cyn newid';
    return input.value;
  });
  const back = await switchLanguage(page, first);
  if (typed !== null && back.firstInputValue !== typed) {
    problems.push(`[${second} → ${first} live] lost the typed value "${typed}" (now "${back.firstInputValue}")`);
  }
  return problems;
}

/** Opens a story's iframe in a language and checks what it rendered. */
async function openStory(page, story, locale) {
  const errors = [];
  const onPageError = (error) => errors.push(`threw: ${error.message}`);
  const onConsole = (message) => {
    // The dev server has no favicon, and the browser asks for one; not the story's.
    const favicon = new URL(message.location()?.url || 'about:blank').pathname === '/favicon.ico';
    if (message.type() === 'error' && !favicon) errors.push(`console error: ${message.text()}`);
    const lit = LIT_WARNINGS.find((warning) => message.text().startsWith(warning));
    if (lit) errors.push(`console ${message.type()}: ${lit} (see .storybook/main.ts)`);
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  try {
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.cydStoryEvents?.some((e) => e.name === 'storyFinished' || e.name === 'storyMissing'), {
      polling: 50,
    });
    const result = await inspect(page, locale);
    return { ...result, problems: [...errors, ...result.problems] };
  } finally {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
  }
}

/** Changes the toolbar's language the way the Storybook manager does, then inspects. */
async function switchLanguage(page, locale) {
  await page.evaluate((next) => {
    window.cydStoryEvents.length = 0;
    // What the manager's toolbar triggers through the channel.
    return window.__STORYBOOK_PREVIEW__.onUpdateGlobals({ globals: { locale: next } });
  }, locale);
  await page.waitForFunction(() => window.cydStoryEvents.some((e) => e.name === 'storyFinished'), { polling: 50 });
  return inspect(page, locale);
}

/**
 * Runs in the page before Storybook starts: records the preview's render
 * events. The preview sends them to the manager, not to its own listeners,
 * so they are read off the channel's `emit`.
 */
function recordStoryEvents() {
  const names = new Set(['storyFinished', 'storyMissing', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying']);
  window.cydStoryEvents = [];
  // The first enabled field a person types into (not a file, choice or button).
  window.cydTypableSelector = ['text', 'email', 'tel', 'number', 'password', 'url', 'search']
    .map((type) => `[data-cyd-story-root] input[type=${type}]:not([disabled])`)
    .concat('[data-cyd-story-root] input:not([type]):not([disabled])', '[data-cyd-story-root] textarea:not([disabled])')
    .join(', ');
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      const emit = next.emit.bind(next);
      next.emit = (name, ...payload) => {
        if (names.has(name)) window.cydStoryEvents.push({ name, payload: payload[0] });
        return emit(name, ...payload);
      };
    },
  });
}

/** Everything checked on a rendered story, in the page. */
async function inspect(page, locale) {
  const hasAxe = await page.evaluate(() => typeof window.cydAxe?.run === 'function');
  if (!hasAxe) {
    // A private copy, so it never collides with the a11y addon's own axe run.
    await page.evaluate(
      `(() => { const module = { exports: {} }; (function (module, exports) { ${axeSource}\n}).call(window, module, module.exports); window.cydAxe = module.exports; })()`,
    );
  }
  return page.evaluate(
    async ({ locale, englishStrings }) => {
      const problems = [];
      const events = window.cydStoryEvents ?? [];
      for (const event of events) {
        if (event.name === 'storyFinished') {
          if (event.payload?.status !== 'success') problems.push(`Storybook reports the story as "${event.payload?.status}"`);
          for (const report of event.payload?.reporters ?? []) {
            if (report.status !== 'failed') continue;
            const ids = (report.result?.violations ?? []).map((v) => v.id).join(', ');
            problems.push(
              `${report.type} addon report failed${ids ? `: ${ids}` : ''}${report.result?.error ? `: ${report.result.error.message ?? report.result.error}` : ''}`,
            );
          }
        } else {
          problems.push(`${event.name}: ${event.payload?.message ?? JSON.stringify(event.payload).slice(0, 300)}`);
        }
      }

      const storyRoot = document.querySelector('[data-cyd-story-root]');
      if (!storyRoot)
        return { problems: [...problems, 'no story root ([data-cyd-story-root]): is .storybook/preview.ts decorating it?'], text: '', firstInputValue: null };

      await Promise.all([...storyRoot.querySelectorAll('*')].map((el) => el.updateComplete).filter(Boolean));
      // Let MutationObserver-driven updates (a lang change) land; timers, not
      // animation frames, because background tabs get no frames.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Promise.all([...storyRoot.querySelectorAll('*')].map((el) => el.updateComplete).filter(Boolean));

      if (storyRoot.getAttribute('lang') !== locale) problems.push(`story root has lang="${storyRoot.getAttribute('lang')}", expected "${locale}"`);
      if (document.documentElement.lang !== locale) problems.push(`<html> has lang="${document.documentElement.lang}", expected "${locale}"`);

      const undefinedElements = [...storyRoot.querySelectorAll(':not(:defined)')].map((el) => el.localName).filter((name) => name.startsWith('cyd-'));
      if (undefinedElements.length) {
        problems.push(
          `elements never defined: ${[...new Set(undefinedElements)].join(', ')} ` +
            '(missing from src/all.ts, or its define file dropped as side-effect free: see "sideEffects" in the package.json)',
        );
      }

      const text = storyRoot.textContent.replace(/\s+/g, ' ').trim();
      const box = storyRoot.getBoundingClientRect();
      if (text === '' && !storyRoot.querySelector('input, select, textarea, img, svg, button')) problems.push('renders nothing');
      else if (box.height === 0) problems.push('renders nothing visible (story root is 0px high)');

      if (document.documentElement.scrollWidth > window.innerWidth) {
        problems.push(`wider than a ${window.innerWidth}px screen (${document.documentElement.scrollWidth}px): content clips or scrolls sideways`);
      }

      if (locale === 'cy') {
        // Text marked as another language (a link to the English page, with
        // lang="en") is meant to be in that language; judge only the Welsh.
        const inWelsh = (node) => (node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('cy');
        const walker = document.createTreeWalker(storyRoot, NodeFilter.SHOW_TEXT);
        const welshText = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (inWelsh(node)) welshText.push(node.textContent);
        const announced = [
          welshText.join(' ').replace(/\s+/g, ' '),
          ...[...storyRoot.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
            .filter((el) => inWelsh(el.firstChild ?? el) || (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('cy'))
            .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? '')),
        ].join(' \n ');
        const english = englishStrings.filter((s) => announced.includes(s));
        if (english.length) problems.push(`Welsh story shows the library's English: ${english.map((s) => `"${s}"`).join(', ')}`);
      }

      const axeResult = await window.cydAxe.run(storyRoot, { resultTypes: ['violations'] });
      for (const violation of axeResult.violations) {
        const targets = violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join('; ');
        problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`);
      }

      const firstInput = document.querySelector(window.cydTypableSelector);
      return { problems, text, firstInputValue: firstInput ? firstInput.value : null };
    },
    { locale, englishStrings: ENGLISH_LIBRARY_STRINGS },
  );
}

// ---------------------------------------------------------------------------

/** A static file server for the build, on a free port of 127.0.0.1 only. */
function serve(directory) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = normalize(join(directory, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(directory.endsWith(sep) ? directory : directory + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      // Browsers ask for /favicon.ico on their own; the preview iframe has none.
      response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000}s`)), ms);
    }),
  ]);
}

/** The stories of a running `storybook dev`, which serves the same index.json as a build. */
async function indexFromDevServer(url) {
  const response = await fetch(`${url}/index.json`).catch((error) => {
    fail(`No Storybook dev server at ${url} (${error.cause?.code ?? error.message}). Start it with npm start, or unset STORYBOOK_URL.`);
  });
  if (!response.ok) fail(`${url}/index.json answered ${response.status}; is ${url} a Storybook dev server?`);
  return response.json();
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
