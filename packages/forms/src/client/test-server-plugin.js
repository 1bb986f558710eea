// A web-test-runner plugin that mounts the real server runner, createFormHandler,
// in the test dev server, so the client runner's tests post a finished
// submission to the same `POST …/submissions` a council would run.
//
// Under /cydran-forms-test/:
//   <form id>/…              each example form (packages/forms/examples/*.json), and the repeating-page
//                            fixture (src/server/household-form.fixture.ts) without its file upload,
//                            same origin as the test page
//   strict/<form id>/…       the same form served as another origin that lists no submissionOrigins (answers 403)
//   _submissions/<form id>   GET: what the handler stored, as JSON
//   _fail-next               POST: the next submission gets a 503, as a server that is down would
//
// The handler is TypeScript that resolves the workspace packages through the
// `source` export condition, so (as test/support/server-render-plugin.js does)
// it runs in one child process, this same file started with
// `--conditions=source --import tsx`, asked over Node's IPC channel. Its store
// keeps submissions in memory, once per journey id, as the FormStore contract says.
import { fork } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FORMS_TEST_PREFIX = '/cydran-forms-test/';
const STRICT_ORIGIN = 'http://forms.test';
const thisFile = fileURLToPath(import.meta.url);
const examplesDir = new URL('../../examples/', import.meta.url);

/** The plugin for web-test-runner.config.js. */
export function formsTestServerPlugin() {
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  let nextId = 0;
  const waiting = new Map();

  function start() {
    const started = fork(thisFile, ['--serve-forms'], {
      execArgv: ['--conditions=source', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    started.on('message', (reply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.error !== undefined) pending.reject(new Error(`cydran forms test server: ${reply.error}`));
      else pending.resolve(reply);
    });
    started.on('exit', (code, signal) => {
      if (child === started) child = null;
      for (const { reject } of waiting.values()) reject(new Error(`cydran forms test server ended (${signal ?? `exit code ${code}`})`));
      waiting.clear();
    });
    return started;
  }

  function ask(request) {
    child ??= start();
    const id = ++nextId;
    const reply = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    child.send({ id, ...request });
    return reply;
  }

  return {
    name: 'cydran-forms-test-server',
    // The dev server's `serve` hook sees every request first; a result it returns is always a 200, so
    // the handler's reply (201, 403, 422, 503…) is written on the Koa context here instead, and nothing
    // returned: the static files after it find no such file and leave the reply as it is.
    async serve(ctx) {
      if (!ctx.path.startsWith(FORMS_TEST_PREFIX)) return undefined;
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const headers = {};
      for (const [name, value] of Object.entries(ctx.request.headers)) if (typeof value === 'string') headers[name] = value;
      const reply = await ask({
        method: ctx.method,
        url: `${ctx.protocol}://${ctx.host}${ctx.originalUrl}`,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined,
      });
      ctx.body = reply.body;
      ctx.status = reply.status;
      for (const [name, value] of reply.headers) ctx.set(name, value);
      return undefined;
    },
    serverStop() {
      child?.kill();
      child = null;
    },
  };
}

/** In memory, what the handler's JSON submissions use of a FormStore. */
function memoryStore() {
  const byJourney = new Map();
  const stored = [];
  const unused = (name) => () => Promise.reject(new Error(`the test store has no ${name}`));
  return {
    migrate: async () => {},
    async submit({ journeyId, formId, formVersion, locale, answers }) {
      const existing = byJourney.get(journeyId);
      if (existing) return { id: existing.id, reference: existing.reference, duplicate: true };
      const n = stored.length + 1;
      const submission = { id: String(n), reference: `TEST-${String(n).padStart(4, '0')}`, formId, formVersion, locale, answers, journeyId };
      byJourney.set(journeyId, submission);
      stored.push(submission);
      return { id: submission.id, reference: submission.reference, duplicate: false };
    },
    submissions: async (formId) => stored.filter((s) => s.formId === formId),
    getSubmission: async (id) => stored.find((s) => s.id === id),
    startJourney: unused('startJourney'),
    getJourney: async () => undefined,
    saveAnswers: unused('saveAnswers'),
    createReturnLink: unused('createReturnLink'),
    resume: async () => undefined,
    storeFile: unused('storeFile'),
    readFile: async () => undefined,
    close: async () => {},
  };
}

async function serveForms() {
  const loading = (async () => {
    const { createFormHandler } = await import(new URL('../server/handler.ts', import.meta.url).href);
    const { parseFormDefinition } = await import(new URL('../definition/parse.ts', import.meta.url).href);
    const { householdForm } = await import(new URL('../server/household-form.fixture.ts', import.meta.url).href);
    const store = memoryStore();
    const handlers = new Map();
    const definitions = [];
    for (const file of await readdir(examplesDir)) {
      if (file.endsWith('.json')) definitions.push({ name: file, json: await readFile(new URL(file, examplesDir), 'utf8') });
    }
    // The repeating-page fixture without its file upload (the client runner's tests run it so).
    definitions.push({ name: 'household-form.fixture.ts', json: { ...householdForm, pages: householdForm.pages.filter((page) => page.id !== 'evidence') } });
    for (const { name, json } of definitions) {
      const parsed = parseFormDefinition(json);
      if (!parsed.ok) throw new Error(`${name}: ${parsed.problems.join('; ')}`);
      const form = parsed.form;
      const notifier = { send: async () => {} };
      handlers.set(form.id, createFormHandler({ form, store, notifier, basePath: `${FORMS_TEST_PREFIX}${form.id}` }));
      handlers.set(`strict/${form.id}`, createFormHandler({ form, store, notifier, basePath: `${FORMS_TEST_PREFIX}strict/${form.id}`, submissionOrigins: [] }));
    }
    return { store, handlers };
  })();
  let failNext = false;

  async function answer({ method, url, headers, body }) {
    const { store, handlers } = await loading;
    const address = new URL(url);
    const path = address.pathname.slice(FORMS_TEST_PREFIX.length);
    const json = (status, value) => ({ status, headers: [['content-type', 'application/json']], body: JSON.stringify(value) });
    if (path === '_fail-next' && method === 'POST') {
      failNext = true;
      return json(200, { failNext });
    }
    if (path.startsWith('_submissions/')) return json(200, await store.submissions(path.slice('_submissions/'.length)));
    const strict = path.startsWith('strict/');
    const parts = path.split('/');
    const key = strict ? `strict/${parts[1]}` : parts[0];
    const handler = handlers.get(key);
    if (!handler) return json(404, { error: 'no such form', key });
    if (failNext && method === 'POST') {
      failNext = false;
      return json(503, { error: 'unavailable', message: 'The test server is down for this one request.' });
    }
    // The strict copy is another site: the test page's origin is not its own, and it lists none.
    const requestUrl = strict ? new URL(`${address.pathname}${address.search}`, STRICT_ORIGIN) : address;
    const response = await handler(
      new Request(requestUrl, { method, headers, ...(body !== undefined && method !== 'GET' && method !== 'HEAD' ? { body } : {}) }),
    );
    return { status: response.status, headers: [...response.headers], body: await response.text() };
  }

  process.on('message', async (request) => {
    try {
      process.send({ id: request.id, ...(await answer(request)) });
    } catch (error) {
      process.send({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url && process.argv.includes('--serve-forms')) {
  serveForms();
}
