#!/usr/bin/env node
// `npm run lint`: ESLint, Prettier's check and lit-analyzer's template type
// checks, each over the whole repository. Every check runs even when an
// earlier one fails, so one run shows every problem; the exit code is 1 when
// any failed. `npm run format` writes Prettier's formatting.
//
//   node scripts/lint.js [eslint|prettier|templates ...]   only those checks
//
// Why these tools and settings: docs/adr/0023-lint-and-format.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * lit-analyzer findings accepted on purpose. lit-analyzer has no comment
 * to silence one binding, so they are listed here, each with its reason; an
 * entry that no longer matches anything fails the check, so the list cannot
 * go stale. `file` is relative to the repository, `rule` is the
 * lit-analyzer rule, `text` a piece of the message.
 */
export const ACCEPTED = [
  {
    file: 'packages/components/src/accordion/accordion.template.ts',
    rule: 'no-boolean-in-attribute-binding',
    text: "'hidden' attribute",
    reason: 'hidden="until-found" (not the boolean form) keeps closed sections reachable by find in page; lit-analyzer knows only boolean hidden.',
  },
  ...['code-input/code-input', 'date-input/date-input', 'select/select', 'text-input/text-input'].map((name) => ({
    file: `packages/components/src/${name}.template.ts`,
    rule: 'no-incompatible-type-binding',
    text: 'is not assignable to \'"on" | "off"',
    reason:
      "autocomplete is a space-separated token list (section-*, shipping, a field name) that the author may give; lit-analyzer's list is single tokens and lacks one-time-code.",
  })),
  {
    file: 'packages/components/src/text-input/text-input.template.ts',
    rule: 'no-incompatible-type-binding',
    text: "Type 'string' is not assignable to 'number'",
    reason: 'step is a number or "any", given as the author wrote it.',
  },
  ...[
    ['button/button.test.ts', '"danger"'],
    ['text-input/text-input.test.ts', '"colour"'],
    ['fieldset/fieldset.test.ts', "Type 'string'"],
  ].map(([file, text]) => ({
    file: `packages/components/src/${file}`,
    rule: 'no-incompatible-type-binding',
    text,
    reason: 'the test gives a value outside the allowed ones on purpose (the developer error it checks, or the empty value that means the default).',
  })),
  ...[
    ['form-runner.test.ts', "'src'"],
    ['form-runner.test.ts', "'action'"],
    ['form-runner.stories.ts', "'action'"],
  ].map(([file, name]) => ({
    file: `packages/forms/src/client/${file}`,
    rule: 'no-unknown-attribute',
    text: `Unknown attribute ${name}`,
    reason: "web-component-analyzer does not read <cyd-form-runner>'s static properties (src, action), so it thinks the element has none.",
  })),
];

/** The modules whose `html`, `svg` and `css` tags make Lit templates. */
const LIT_MODULES = new Set(['lit', 'lit-html', 'lit/static-html.js', '@open-wc/testing', '@open-wc/testing-helpers']);

/**
 * Whether a file writes Lit templates: it imports `html`, `svg` or `css` from
 * Lit. The forms and sign-in servers have their own `html` (an escaping
 * string builder, not Lit), which lit-analyzer would misread as Lit's.
 */
function writesLitTemplates(ts, file) {
  return file.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      LIT_MODULES.has(s.moduleSpecifier.text) &&
      s.importClause?.namedBindings &&
      ts.isNamedImports(s.importClause.namedBindings) &&
      s.importClause.namedBindings.elements.some((e) => ['html', 'svg', 'css'].includes((e.propertyName ?? e.name).text)),
  );
}

// The checks write to a pipe, so they would drop colour; keep it when this
// script writes to a terminal (any FORCE_COLOR, even 0, turns colour on in some).
const colour = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;

/** Runs one check as a child process; resolves to whether it passed, printing its output in one piece. */
function run(name, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: colour,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      const ok = status === 0;
      console.log(
        `\n> ${name}\n${output.trimEnd()}${output.trim() ? '\n' : ''}${name}: ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      resolve(ok);
    });
  });
}

function binOf(pkg, bin) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin: bins } = require(manifest);
  return join(dirname(manifest), typeof bins === 'string' ? bins : bins[bin]);
}

// Both keep a cache of the files that passed, by content (a checkout changes
// every mtime), in node_modules/.cache, so a second run reads only what changed.
const CACHE = ['--cache', '--cache-strategy', 'content', '--cache-location'];
const eslint = () =>
  run('eslint', process.execPath, [binOf('eslint', 'eslint'), ...CACHE, join(root, 'node_modules/.cache/eslint/'), '--max-warnings', '0', '.']);
/**
 * The code files Prettier checks: git's list of tracked and new files, not
 * ignored ones. Handing Prettier `.` makes it walk dist/, storybook-static/
 * and the rest of what .gitignore lists before it drops them (17 s here
 * against 5 s). Without git, `.` it is.
 */
function codeFiles() {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.js', '*.mjs', '*.cjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (listed.status !== 0) return ['.'];
  // A file deleted but not yet committed is still in git's list.
  return listed.stdout.split('\n').filter((path) => path && existsSync(join(root, path)));
}
const prettier = () =>
  run('prettier --check', process.execPath, [
    binOf('prettier', 'prettier'),
    ...CACHE,
    join(root, 'node_modules/.cache/prettier/.prettier-cache'),
    '--check',
    '--log-level',
    'warn',
    ...codeFiles(),
  ]);
const templates = () =>
  run('lit-analyzer (template bindings against element and attribute types)', process.execPath, [fileURLToPath(import.meta.url), '--templates-only']);

/** lit-analyzer over every file tsconfig.json includes, with the project's own compiler options. */
async function checkTemplates() {
  const ts = require('typescript');
  const { DefaultLitAnalyzerContext, LitAnalyzer, makeConfig } = require('@jackolope/lit-analyzer');
  const configPath = join(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) },
  );
  if (!parsed) return false;
  const plugin = (parsed.options.plugins ?? []).find((p) => p.name === '@jackolope/ts-lit-plugin');
  if (!plugin) {
    console.error(
      'scripts/lint.js: tsconfig.json has no compilerOptions.plugins entry named "@jackolope/ts-lit-plugin"; add it (its options are the lit-analyzer settings).',
    );
    return false;
  }
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  // Creating the checker binds every file (parent links the analyzer walks).
  program.getTypeChecker();
  const context = new DefaultLitAnalyzerContext({ getProgram: () => program });
  // Paths in the plugin options are relative to the repository, as editors read them.
  const previous = process.cwd();
  process.chdir(root);
  context.updateConfig(makeConfig(plugin));
  const analyzer = new LitAnalyzer(context);
  const unused = new Set(ACCEPTED);
  const problems = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes('/node_modules/') || !writesLitTemplates(ts, file)) continue;
    const path = relative(root, file.fileName);
    let diagnostics;
    try {
      diagnostics = analyzer.getDiagnosticsInFile(file);
    } catch (error) {
      problems.push(
        `${path}: lit-analyzer crashed on this file (${error instanceof Error ? error.message : error}); simplify the template it stops at, or report it to lit-analyzer.`,
      );
      continue;
    }
    for (const d of diagnostics) {
      const accepted = ACCEPTED.find((a) => a.file === path && a.rule === d.source && d.message.includes(a.text));
      if (accepted) {
        unused.delete(accepted);
        continue;
      }
      const { line, character } = file.getLineAndCharacterOfPosition(d.location.start);
      const code = file.text.slice(d.location.start, d.location.end).replace(/\s+/g, ' ').slice(0, 80);
      problems.push(`${path}:${line + 1}:${character + 1}  ${d.severity}  ${d.message}  [${d.source}]\n    ${code}`);
    }
  }
  process.chdir(previous);
  for (const p of problems) console.error(p);
  for (const a of unused)
    console.error(`scripts/lint.js: the accepted lit-analyzer finding in ${a.file} (${a.rule}, "${a.text}") no longer occurs: remove it from ACCEPTED.`);
  if (problems.length)
    console.error(
      `\n${problems.length} template problem(s). Fix the binding; if lit-analyzer is wrong, add it to ACCEPTED in scripts/lint.js with the reason.`,
    );
  return problems.length === 0 && unused.size === 0;
}

if (process.argv[2] === '--templates-only') {
  process.exit((await checkTemplates()) ? 0 : 1);
}

const checks = { eslint, prettier, templates };
const chosen = process.argv.slice(2);
for (const name of chosen) {
  if (!(name in checks)) {
    console.error(`scripts/lint.js: unknown check "${name}"; the checks are ${Object.keys(checks).join(', ')}.`);
    process.exit(2);
  }
}
const started = Date.now();
// The checks run side by side: each is one process, mostly parsing.
const results = await Promise.all((chosen.length ? chosen : Object.keys(checks)).map((name) => checks[name]()));
console.log(`\nlint: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.every(Boolean) ? 0 : 1);
