// `npm run bench`: every benchmark in bench/ in turn, each in its own
// process, then one table of Cydran beside GOV.UK Frontend and GCDS
// (bench/results/summary.json). Browser benchmarks wait for the shared
// browser lock (BENCH_BROWSER_LOCK, default /tmp/cydran-browser.lock) when
// `flock` is installed, so they do not run while other browser tests do;
// BENCH_BROWSER_LOCK= (empty) turns that off.
// Run: node --conditions=source --import tsx bench/run.ts [name…]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSummary } from './lib/report.js';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
/** Benchmarks that drive Chromium. */
const BROWSER = new Set(['page-load.ts', 'language-switch.ts', 'big-inputs.ts']);
const lock = process.env.BENCH_BROWSER_LOCK ?? '/tmp/cydran-browser.lock';
const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;

const only = process.argv.slice(2);
const benchmarks = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== basename(fileURLToPath(import.meta.url)))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

const failed: string[] = [];
for (const file of benchmarks) {
  console.log(`\n> bench/${file}`);
  const node = [process.execPath, '--conditions=source', '--import', 'tsx', join(benchDir, file)];
  const [command, ...args] = BROWSER.has(file) && lock && hasFlock ? ['flock', lock, ...node] : node;
  const started = performance.now();
  const { status } = spawnSync(command!, args, { stdio: 'inherit' });
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (status !== 0) failed.push(file);
}

console.log('\nCydran beside GOV.UK Frontend and GCDS (medians; figures from bench/results/*.json):\n');
await printSummary();
if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')} (the table shows earlier results or — for those).`);
  process.exit(1);
}
