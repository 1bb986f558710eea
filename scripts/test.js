#!/usr/bin/env node
// `npm test`: every test. Lint, the typecheck and the Node-side suites first
// (fast, no browser), then the component and journey suites in real
// Chromium, then the built bundle on a plain page (test/dist), after
// `npm run build`, which redoes only what changed since the last build, so
// `npm ci && npm test` on a fresh clone tests what `npm run build` writes.
// Stops at the first failure so a red result is never hidden behind a later
// green one.
//
// `node scripts/test.js dist` (`npm run test:dist`) runs only the last two.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(
    `No Chromium at ${chrome}.\n` +
      "Install Debian's: apt-get update && apt-get install -y chromium\n" +
      'or point CHROME_PATH at a Chrome or Chromium you already have.',
  );
  process.exit(1);
}

/** `npm run build`, under the shared build lock where the machine has flock. */
function buildArgs() {
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).error === undefined;
  return hasFlock ? ['flock', ['/tmp/cydran-build.lock', 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
}

const distTests = readdirSync(join(root, 'test', 'dist'))
  .filter((name) => name.endsWith('.node.test.ts'))
  .map((name) => join('test', 'dist', name));

const steps = [
  // Lint first: it is quicker than the typecheck and fails on the same kind of slip.
  ['lint (ESLint, Prettier, lit-analyzer)', 'npm', ['run', 'lint', '--silent']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['node tests', 'npm', ['run', 'test:node']],
  ['browser tests', 'npm', ['run', 'test:browser']],
  ['build (the steps whose inputs changed)', ...buildArgs()],
  ['built bundle on a plain page', process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...distTests]],
];
const onlyDist = process.argv[2] === 'dist';
for (const [name, command, args] of onlyDist ? steps.slice(4) : steps) {
  console.log(`\n> ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
