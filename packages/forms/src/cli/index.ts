/**
 * cydran-forms: serve a form, check a definition, export submissions, and
 * write a results report. Every failure says what was wrong and what to do,
 * and exits 1; usage mistakes exit 2.
 */
import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '@cydran/i18n';
import { parseFormDefinition } from '../definition/index.js';
import type { FormDefinition } from '../definition/types.js';
import { toCsv, toJson } from '../export/index.js';
import { resultsReport } from '../results/index.js';
import { createFormHandler, toNodeListener } from '../server/index.js';
import { developmentNotifier, openStore, type SqlFormStore } from '../storage/index.js';
import { ASSET_PATHS, assetResponse, loadAssets } from './assets.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A failure the person can fix; its message is all they see. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

export const USAGE = `Usage:
  cydran-forms serve FORM.json [--port 3000] [--database URL] [--data DIR]
  cydran-forms check FORM.json
  cydran-forms export FORM_ID --format csv|json [--out FILE] [--lang en|cy] [--form FORM.json] [--database URL] [--data DIR]
  cydran-forms report FORM_ID --html OUT.html [--lang en|cy] [--form FORM.json] [--database URL] [--data DIR]

The database is PostgreSQL when --database or DATABASE_URL is set, otherwise
PGlite in --data (default ./.cydran-data).`;

const OPTIONS = {
  port: { type: 'string' },
  database: { type: 'string' },
  data: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  html: { type: 'string' },
  lang: { type: 'string' },
  form: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function problemList(problems: readonly string[]): string {
  return problems.map((problem) => `  - ${problem}`).join('\n');
}

async function readDefinition(path: string, cwd: string): Promise<FormDefinition> {
  const full = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : '';
    const why =
      code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot read the form definition ${full}: ${why}. Check the path (it is relative to ${cwd}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${full} is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const parsed = parseFormDefinition(json);
  if (!parsed.ok) {
    throw new CliError(
      `${full} is not a valid form definition (${parsed.problems.length} ${parsed.problems.length === 1 ? 'problem' : 'problems'}):\n${problemList(parsed.problems)}`,
    );
  }
  return parsed.form;
}

function localeOption(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (!isLocale(value)) throw new CliError(`--lang must be en or cy (got "${value}").`, 2);
  return value;
}

async function open(values: { database?: string | undefined; data?: string | undefined }, io: CliIo): Promise<SqlFormStore> {
  const databaseUrl = values.database ?? io.env.DATABASE_URL;
  try {
    // '' keeps PGlite even when this process's own environment has DATABASE_URL.
    return await openStore({ databaseUrl: databaseUrl ?? '', dataDir: resolve(io.cwd, values.data ?? '.cydran-data') });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** The definition to label an export with: --form, else the newest one a server stored. */
async function definitionFor(formId: string, formPath: string | undefined, store: SqlFormStore, io: CliIo): Promise<FormDefinition> {
  if (formPath !== undefined) {
    const form = await readDefinition(formPath, io.cwd);
    if (form.id !== formId) throw new CliError(`${formPath} defines form '${form.id}', not '${formId}'. Give the definition of '${formId}'.`);
    return form;
  }
  const stored = await store.definition(formId);
  if (stored === undefined) {
    const known = await store.formIds();
    throw new CliError(
      `There is no form '${formId}' in ${store.where}. ` +
        (known.length > 0
          ? `Forms with submissions there: ${known.join(', ')}.`
          : 'It holds no submissions yet: serve the form first, or check --database / --data.') +
        ' Or give its definition with --form FORM.json.',
    );
  }
  const parsed = parseFormDefinition(stored);
  if (!parsed.ok)
    throw new CliError(`The stored definition of '${formId}' no longer parses:\n${problemList(parsed.problems)}\nGive the current one with --form FORM.json.`);
  return parsed.form;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, () => {
      server.off('error', fail);
      done();
    });
  });
}

export interface Running {
  server: Server;
  store: SqlFormStore;
  url: string;
}

async function serve(
  path: string,
  values: { port?: string | undefined; database?: string | undefined; data?: string | undefined },
  io: CliIo,
): Promise<Running> {
  const form = await readDefinition(path, io.cwd);
  const port = Number(values.port ?? io.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new CliError(`--port must be a whole number from 0 to 65535 (got "${values.port}").`, 2);
  const store = await open(values, io);
  await store.saveDefinition(form);
  const csrfSecret = io.env.CYDRAN_CSRF_SECRET;
  const assets = await loadAssets();
  const formHandler = createFormHandler({
    form,
    store,
    notifier: developmentNotifier(store),
    developmentOutbox: true,
    ...(assets.css !== undefined ? { stylesheets: [ASSET_PATHS.css] } : {}),
    ...(assets.js !== undefined ? { scriptSrc: ASSET_PATHS.js } : {}),
    ...(csrfSecret ? { csrfSecret } : {}),
  });
  const handler = async (request: Request): Promise<Response> => assetResponse(assets, new URL(request.url)) ?? formHandler(request);
  const server = createServer(toNodeListener(handler));
  try {
    await listen(server, port);
  } catch (error) {
    await store.close();
    const code = error instanceof Error && 'code' in error ? error.code : '';
    throw new CliError(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Stop what is using it or choose another with --port.`
        : `Cannot listen on port ${port}: ${String(error)}`,
    );
  }
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}/`;
  io.out(`Serving '${form.id}' version ${form.version} at ${url} (storage: ${store.kind}, ${store.where}). Development outbox: ${url}outbox\n`);
  if (assets.from === 'none')
    io.err(
      'No Cydran stylesheet or script found (run npm run build, or install @cydran/components): pages are served unstyled and work with JavaScript off.\n',
    );
  return { server, store, url };
}

/**
 * Runs one command. Resolves to the exit code, or (for serve) to the
 * running server, which keeps the process alive until it is closed.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number | Running> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`cydran-forms: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, target, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    if (target === undefined || extra.length > 0)
      throw new CliError(
        `cydran-forms ${command}: ${target === undefined ? 'missing' : 'one'} ${command === 'export' || command === 'report' ? 'FORM_ID' : 'FORM.json'}${extra.length > 0 ? `, not also ${extra.join(' ')}` : ''}.\n\n${USAGE}`,
        2,
      );
    switch (command) {
      case 'check': {
        const form = await readDefinition(target, io.cwd);
        const questions = form.pages.reduce((n, page) => n + page.questions.length, 0);
        io.out(
          `${target}: form '${form.id}' version ${form.version} is valid (${form.pages.length} pages, ${questions} questions, languages ${form.languages.join(', ')}).\n`,
        );
        return 0;
      }
      case 'serve':
        return await serve(target, values, io);
      case 'export':
      case 'report': {
        const locale = localeOption(values.lang);
        const format = values.format;
        if (command === 'export' && format !== 'csv' && format !== 'json')
          throw new CliError(`cydran-forms export: --format must be csv or json${format === undefined ? '' : ` (got "${format}")`}.`, 2);
        if (command === 'report' && values.html === undefined) throw new CliError('cydran-forms report: say where to write the page with --html OUT.html.', 2);
        const store = await open(values, io);
        try {
          const form = await definitionFor(target, values.form, store, io);
          const submissions = await store.submissions(form.id);
          const output =
            command === 'report'
              ? resultsReport(form, submissions, locale)
              : format === 'csv'
                ? toCsv(form, submissions, { locale })
                : toJson(form, submissions);
          const out = command === 'report' ? values.html : values.out;
          if (out === undefined) io.out(output);
          else {
            await writeFile(resolve(io.cwd, out), output);
            io.err(`Wrote ${submissions.length} ${submissions.length === 1 ? 'submission' : 'submissions'} of '${form.id}' to ${resolve(io.cwd, out)}.\n`);
          }
          return 0;
        } finally {
          await store.close();
        }
      }
      default:
        throw new CliError(`cydran-forms: unknown command "${command}".\n\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`cydran-forms: ${error.message}\n`);
      return error.code;
    }
    throw error;
  }
}
