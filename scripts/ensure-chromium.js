#!/usr/bin/env node
// Makes sure the browser tests have a browser: `npm test` and
// `npm run test:storybook` run in real Chromium, and no test tool here may
// download a browser of its own. On a Debian machine where we are root (CI,
// a fresh server) it installs Debian's chromium, so the README's one command
// works from a fresh clone; anywhere else it says what to do instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(chrome)) process.exit(0);

const install = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (process.env.CHROME_PATH || !isRoot || !hasApt) {
  console.error(
    `No Chromium at ${chrome}. The tests run in a real browser.\n` +
      (hasApt ? `Install Debian's (as root): ${install}\n` : '') +
      'or point CHROME_PATH at a Chrome or Chromium you already have, e.g.\n' +
      '  CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  );
  process.exit(1);
}

console.log(`No Chromium at ${chrome}; installing Debian's (about half a minute):\n  ${install}`);
const result = spawnSync('sh', ['-c', install], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (result.status !== 0 || !existsSync(chrome)) {
  console.error(`Installing chromium failed (exit ${result.status}). Run it yourself: ${install}`);
  process.exit(1);
}
