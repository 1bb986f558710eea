/**
 * What Cydran's commands (`cydran-forms`, `cydran-auth`) share: the errors a
 * person can fix, the options they read the same way (port, database, a form
 * definition's file), listening on a port, and running in this process.
 * Every failure says what was wrong and what to do, and exits 1; usage
 * mistakes exit 2. Exported as `@cydran/forms/cli`.
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { parseFormDefinition } from '../definition/index.js';
import type { FormDefinition } from '../definition/types.js';
import { openStore, type SqlFormStore } from '../storage/index.js';

/** The command's world: where it writes, its environment and folder (a test gives its own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A long-running command's server, which keeps the process alive until closed. */
export interface RunningCommand {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** A failure the person can fix; its message is all they see. `code` 2 is a usage mistake. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

const errorCode = (error: unknown): unknown => (error instanceof Error && 'code' in error ? error.code : undefined);

/** `--port` (else `PORT`, else `fallback`): a whole number from 0 (any free port) to 65535. */
export function portOption(given: string | undefined, io: CliIo, fallback: number): number {
  const text = given ?? io.env.PORT;
  const port = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliError(`--port must be a whole number from 0 to 65535 (got "${text}").`, 2);
  return port;
}

/** PostgreSQL when `--database` or `DATABASE_URL` is set, otherwise PGlite in `--data` (else `folder`), relative to the command's folder. */
export async function openCliStore(values: { database?: string | undefined; data?: string | undefined }, io: CliIo, folder: string): Promise<SqlFormStore> {
  const databaseUrl = values.database ?? io.env.DATABASE_URL;
  try {
    // '' keeps PGlite even when this process's own environment has DATABASE_URL.
    return await openStore({ databaseUrl: databaseUrl ?? '', dataDir: resolve(io.cwd, values.data ?? folder) });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** A definition's problems, one to a line, as the commands print them. */
export function problemList(problems: readonly string[]): string {
  return problems.map((problem) => `  - ${problem}`).join('\n');
}

/**
 * A form definition read from a JSON file (relative to the command's
 * folder), every problem listed when it is not valid. `given` names where
 * the path came from (`--form`), for the message when it cannot be read;
 * `advice` ends the message when it is not valid.
 */
export async function readFormDefinitionFile(path: string, io: CliIo, { given, advice }: { given?: string; advice?: string } = {}): Promise<FormDefinition> {
  const full = resolve(io.cwd, path);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    const why =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : error instanceof Error ? error.message : String(error);
    const fix = given ? `Check the path given to ${given} (it is relative to ${io.cwd})` : `Check the path (it is relative to ${io.cwd})`;
    throw new CliError(`Cannot read the form definition ${full}: ${why}. ${fix}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${full} is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const parsed = parseFormDefinition(json);
  if (!parsed.ok) {
    const count = `${parsed.problems.length} ${parsed.problems.length === 1 ? 'problem' : 'problems'}`;
    throw new CliError(`${full} is not a valid form definition (${count}):\n${problemList(parsed.problems)}${advice ? `\n${advice}` : ''}`);
  }
  return parsed.form;
}

/** Listens on `port` (0: any free one); resolves to the port bound. A port in use says so and how to choose another. */
export function listenOn(server: Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    const failed = (error: unknown): void =>
      fail(
        new CliError(
          errorCode(error) === 'EADDRINUSE'
            ? `Port ${port} is already in use. Stop what is using it or choose another with --port.`
            : `Cannot listen on port ${port}: ${String(error)}`,
        ),
      );
    server.once('error', failed);
    server.listen(port, () => {
      server.off('error', failed);
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * The message and exit code for a failure of the command `name`: a
 * CliError's message as it is; anything else is a fault in the command and
 * is thrown on, with its stack.
 */
export function reportCliError(name: string, error: unknown, io: CliIo): number {
  if (!(error instanceof CliError)) throw error;
  io.err(`${name}: ${error.message}\n`);
  return error.code;
}

/**
 * Runs a command's `run` with this process's arguments, streams, environment
 * and folder. A command that leaves a server running stops it on SIGINT or
 * SIGTERM, closing its database first.
 */
export async function runInThisProcess(run: (argv: readonly string[], io: CliIo) => Promise<number | RunningCommand>): Promise<void> {
  const result = await run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  });
  if (typeof result === 'number') {
    process.exitCode = result;
    return;
  }
  const stop = (): void => {
    result.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
