#!/usr/bin/env node
// `npm test`: every test. Node-side suites first (fast, no browser), then the
// component and journey suites in real Chromium. Stops at the first failure
// so a red result is never hidden behind a later green one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(
    `No Chromium at ${chrome}.\n` +
      'Install Debian\'s: apt-get update && apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chrome or Chromium you already have.',
  );
  process.exit(1);
}

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['node tests', ['run', 'test:node']],
  ['browser tests', ['run', 'test:browser']],
];
for (const [name, args] of steps) {
  console.log(`\n> ${name}`);
  const result = spawnSync('npm', args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
