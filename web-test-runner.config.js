// Component and browser tests run in Debian's Chromium (or CHROME_PATH): no
// test tool may download a browser of its own on this project's machines.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin, sendKeysPlugin, sendMousePlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { accessibilityTreePlugin, serverRenderPlugin } from './test/support/server-render-plugin.js';
import { formsTestServerPlugin } from './packages/forms/src/client/test-server-plugin.js';
import { authPagesPlugin } from './packages/auth/src/patterns/test-pages-plugin.js';
import { reactEsmPlugin } from './test/react/react-esm-plugin.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', '!**/*.node.test.ts', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // Every test page carries the library's stylesheet, as a real page would:
  // layout checks (320px, zoom, long Welsh) and axe's contrast rules need it.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><link rel="stylesheet" href="/packages/components/src/cydran.css"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  plugins: [
    a11ySnapshotPlugin(),
    sendKeysPlugin(),
    sendMousePlugin(),
    setViewportPlugin(),
    // `cydran-server-render`: the real server renderer, for tests that upgrade server markup.
    serverRenderPlugin(),
    // `cydran-accessibility-tree`: the whole tree, groups included.
    accessibilityTreePlugin(),
    // `/cydran-forms-test/…`: the forms server runner, for the client runner's posts.
    formsTestServerPlugin(),
    // `cydran-auth-page`: the sign-in patterns' example pages, rendered by renderAuthPage in Node.
    authPagesPlugin(),
    // `react`, `react-dom/client`: @cydran/react's React as ES modules, for test/react.
    reactEsmPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  // One page at a time: keyboard and focus tests need the page to have focus,
  // and parallel tabs in one browser take it from each other.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // Every test page behaves as the focused window (CDP focus emulation).
      // Without it a page reused after other test files can lack the
      // browser's focus: document.activeElement is set but nothing matches
      // :focus, so focus-style checks pass alone and fail in the full run.
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
};
