// A web-test-runner command, `cydran-server-render`, that renders HTML with
// the real server renderer (`expandHTML` from packages/components/src/server.ts)
// in Node, so browser tests can upgrade exactly what a server would send.
//
// The renderer is TypeScript that resolves the workspace packages through the
// `source` export condition. Conditions belong to a Node process, and the
// test runner's own process was started without it, so the renderer runs in
// one child process (this same file, started with `--conditions=source
// --import tsx`), spawned on the first render and asked over Node's IPC
// channel. Its stdout and stderr are the runner's, so nothing it prints can be
// mistaken for a reply.
import { fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SERVER_RENDER_COMMAND = 'cydran-server-render';

const thisFile = fileURLToPath(import.meta.url);
const serverEntry = new URL('../../packages/components/src/server.ts', import.meta.url);

/** The payload a test sends, checked before it crosses to the renderer. */
function renderRequestOf(payload) {
  if (payload === null || typeof payload !== 'object' || typeof payload.html !== 'string') {
    throw new Error(`${SERVER_RENDER_COMMAND}: send { html: string, locale?: string }.`);
  }
  if (payload.locale !== undefined && typeof payload.locale !== 'string') {
    throw new Error(`${SERVER_RENDER_COMMAND}: locale must be a language tag such as "cy" or "en".`);
  }
  return { html: payload.html, locale: payload.locale };
}

/** The plugin for web-test-runner.config.js. */
export function serverRenderPlugin() {
  /** @type {import('node:child_process').ChildProcess | null} */
  let renderer = null;
  let nextId = 0;
  /** @type {Map<number, { resolve: (value: unknown) => void, reject: (error: Error) => void }>} */
  const waiting = new Map();

  function failAll(error) {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  }

  function start() {
    const child = fork(thisFile, ['--serve-renders'], {
      execArgv: ['--conditions=source', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (reply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(`${SERVER_RENDER_COMMAND}: ${reply.error}`));
      else pending.resolve({ html: reply.html, problems: reply.problems });
    });
    child.on('exit', (code, signal) => {
      if (renderer === child) renderer = null;
      failAll(new Error(`${SERVER_RENDER_COMMAND}: the renderer process ended (${signal ?? `exit code ${code}`}).`));
    });
    child.on('error', (error) => failAll(error));
    return child;
  }

  return {
    name: 'cydran-server-render',
    async executeCommand({ command, payload }) {
      if (command !== SERVER_RENDER_COMMAND) return undefined;
      const request = renderRequestOf(payload);
      renderer ??= start();
      const id = ++nextId;
      const reply = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
      renderer.send({ id, ...request });
      return reply;
    },
    serverStop() {
      renderer?.kill();
      renderer = null;
    },
  };
}

export const ACCESSIBILITY_TREE_COMMAND = 'cydran-accessibility-tree';

/**
 * The page's whole accessibility tree (`interestingOnly: false`): the
 * standard a11y snapshot leaves out nodes it finds uninteresting, among them
 * a fieldset's group, which is the node that names a radios, checkboxes or
 * date question. Chromium (puppeteer) only.
 */
export function accessibilityTreePlugin() {
  return {
    name: 'cydran-accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== ACCESSIBILITY_TREE_COMMAND) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${ACCESSIBILITY_TREE_COMMAND}: needs Chromium through puppeteer.`);
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}

/** The child: renders each request with the real renderer, and reports developer problems with it. */
function serveRenders() {
  // Listening before the (slow) import: a request that arrives meanwhile waits for it.
  const loading = import(serverEntry.href);
  process.on('message', async ({ id, html, locale }) => {
    const problems = [];
    try {
      const { expandHTML } = await loading;
      const rendered = expandHTML(html, { locale, onProblem: (problem) => problems.push(problem) });
      process.send({ id, html: rendered, problems });
    } catch (error) {
      process.send({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  // The runner went away without stopping us: go too.
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv.includes('--serve-renders')) {
  serveRenders();
}
