/**
 * cydran-forms: serve a form, check a definition, export submissions, and
 * write a results report. Every failure says what was wrong and what to do,
 * and exits 1; usage mistakes exit 2.
 */
import { createServer } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '@cydran/i18n';
import { parseFormDefinition } from '../definition/index.js';
import type { FormDefinition } from '../definition/types.js';
import { toCsv, toJson } from '../export/index.js';
import { resultsReport } from '../results/index.js';
import { createFormHandler, toNodeListener } from '../server/index.js';
import { developmentNotifier, type SqlFormStore } from '../storage/index.js';
import { ASSET_PATHS, assetResponse, loadAssets } from './assets.js';
import {
  CliError,
  type CliIo,
  listenOn,
  openCliStore,
  portOption,
  problemList,
  readFormDefinitionFile,
  reportCliError,
  type RunningCommand,
} from './support.js';

export type { CliIo } from './support.js';

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

function localeOption(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (!isLocale(value)) throw new CliError(`--lang must be en or cy (got "${value}").`, 2);
  return value;
}

/** The definition to label an export with: --form, else the newest one a server stored. */
async function definitionFor(formId: string, formPath: string | undefined, store: SqlFormStore, io: CliIo): Promise<FormDefinition> {
  if (formPath !== undefined) {
    const form = await readFormDefinitionFile(formPath, io, { given: '--form' });
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

export interface Running extends RunningCommand {
  store: SqlFormStore;
}

async function serve(
  path: string,
  values: { port?: string | undefined; database?: string | undefined; data?: string | undefined },
  io: CliIo,
): Promise<Running> {
  const form = await readFormDefinitionFile(path, io);
  const port = portOption(values.port, io, 3000);
  const store = await openCliStore(values, io, '.cydran-data');
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
  let bound: number;
  try {
    bound = await listenOn(server, port);
  } catch (error) {
    await store.close();
    throw error;
  }
  const url = `http://localhost:${bound}/`;
  io.out(`Serving '${form.id}' version ${form.version} at ${url} (storage: ${store.kind}, ${store.where}). Development outbox: ${url}outbox\n`);
  if (assets.from === 'none')
    io.err(
      'No Cydran stylesheet or script found (run npm run build, or install @cydran/components): pages are served unstyled and work with JavaScript off.\n',
    );
  const close = async (): Promise<void> => {
    await new Promise<void>((done) => server.close(() => done()));
    await store.close();
  };
  return { server, store, url, close };
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
        const form = await readFormDefinitionFile(target, io);
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
        const store = await openCliStore(values, io, '.cydran-data');
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
    return reportCliError('cydran-forms', error, io);
  }
}
