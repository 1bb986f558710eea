#!/usr/bin/env node
// Node 20's test runner takes no globs, so find the Node suites here:
// every `*.node.test.ts` under packages/*/src, test/ and bench/.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.node.test.ts')) out.push(path);
  }
  return out;
}

const files = [...find('packages'), ...find('test')].sort();
if (files.length === 0) {
  console.error('No Node test files (*.node.test.ts) found.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
