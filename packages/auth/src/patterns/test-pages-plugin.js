// A web-test-runner command, `cydran-auth-page`, that renders one of the
// sign-in patterns' example pages (pages.fixture.ts) with `renderAuthPage` in
// Node — the whole document a provider would send — so browser tests upgrade
// exactly that. The patterns run in Node here because the page is the
// server's (and the QR code's `qrcode` package is CommonJS, which the test
// server does not serve as a module).
//
// As test/support/server-render-plugin.js does, the TypeScript runs in one
// child process (this file, started with `--conditions=source --import tsx`),
// asked over Node's IPC channel.
import { fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const AUTH_PAGE_COMMAND = 'cydran-auth-page';

const thisFile = fileURLToPath(import.meta.url);

/** The plugin for web-test-runner.config.js. */
export function authPagesPlugin() {
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  let nextId = 0;
  const waiting = new Map();

  function start() {
    const started = fork(thisFile, ['--serve-auth-pages'], {
      execArgv: ['--conditions=source', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    started.on('message', (reply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(`${AUTH_PAGE_COMMAND}: ${reply.error}`));
      else pending.resolve(reply.pages ?? { html: reply.html, problems: reply.problems });
    });
    started.on('exit', (code, signal) => {
      if (child === started) child = null;
      for (const { reject } of waiting.values()) reject(new Error(`${AUTH_PAGE_COMMAND}: the renderer process ended (${signal ?? `exit code ${code}`}).`));
      waiting.clear();
    });
    return started;
  }

  return {
    name: 'cydran-auth-pages',
    async executeCommand({ command, payload }) {
      if (command !== AUTH_PAGE_COMMAND) return undefined;
      const list = payload !== null && typeof payload === 'object' && payload.list === true;
      if (
        !list &&
        (payload === null ||
          typeof payload !== 'object' ||
          typeof payload.name !== 'string' ||
          typeof payload.state !== 'string' ||
          !['en', 'cy'].includes(payload.locale))
      ) {
        throw new Error(
          `${AUTH_PAGE_COMMAND}: send { list: true }, or { name, state, locale: 'en' | 'cy' } naming one of EXAMPLE_PAGES in packages/auth/src/patterns/pages.fixture.ts.`,
        );
      }
      child ??= start();
      const id = ++nextId;
      const reply = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
      child.send(list ? { id, list } : { id, name: payload.name, state: payload.state, locale: payload.locale });
      return reply;
    },
    serverStop() {
      child?.kill();
      child = null;
    },
  };
}

/** The child: renders each asked-for example page, and reports the components' developer problems with it. */
function servePages() {
  const loading = Promise.all([import(new URL('./pages.fixture.ts', import.meta.url).href), import(new URL('./render.ts', import.meta.url).href)]);
  process.on('message', async ({ id, list, name, state, locale }) => {
    try {
      const [{ EXAMPLE_PAGES, exampleSite }, { renderAuthPage }] = await loading;
      if (list) {
        process.send({ id, pages: EXAMPLE_PAGES.map((page) => ({ name: page.name, state: page.state, posts: page.posts })) });
        return;
      }
      const example = EXAMPLE_PAGES.find((page) => page.name === name && page.state === state);
      if (!example) throw new Error(`no example page ${name} (${state}) in pages.fixture.ts`);
      const problems = [];
      const site = exampleSite();
      const html = renderAuthPage(example.render(locale), { ...site, page: { ...site.page, onProblem: (problem) => problems.push(problem) } });
      process.send({ id, html, problems });
    } catch (error) {
      process.send({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv.includes('--serve-auth-pages')) {
  servePages();
}
