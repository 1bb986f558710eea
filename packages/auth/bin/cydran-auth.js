#!/usr/bin/env node
// The cydran-auth command. Runs the built CLI from dist/ when there is one;
// in a clone without a build, the TypeScript source through tsx, with the
// workspace's "source" export condition so sibling packages load from source too.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  // tsx resolved from here, not from the working directory, which may be any folder.
  const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=source', '--import', import.meta.resolve('tsx'), source, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
