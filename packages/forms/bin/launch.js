// How Cydran's commands (cydran-forms, cydran-auth) start: the package's built
// CLI from dist/ when there is one; in a clone without a build, its TypeScript
// source through tsx, with the workspace's "source" export condition so
// sibling packages load from source too. Exported as @cydran/forms/cli-launcher.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs the CLI of the package whose folder is `packageFolder` (a file: URL ending in /). */
export async function launchCli(packageFolder) {
  const built = new URL('dist/cli/main.js', packageFolder);
  if (existsSync(fileURLToPath(built))) {
    await import(built.href);
    return;
  }
  // tsx resolved from here, not from the working directory, which may be any folder.
  const source = fileURLToPath(new URL('src/cli/main.ts', packageFolder));
  const child = spawn(process.execPath, ['--conditions=source', '--import', import.meta.resolve('tsx'), source, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
