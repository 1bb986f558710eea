#!/usr/bin/env node
// The declarations step of `npm run build` for several packages in one
// process: each package's tsconfig.build.json, emitted with tsc's
// incremental state and --noCheck, as `tsc -p` would, but with the parsed
// files shared between the packages (the DOM and Node types, Lit, zod and the
// packages' own sources that they import from each other are parsed once,
// not once a package).
//
// Usage: node scripts/build-declarations.js <tsbuildinfo dir> <package>…
// Prints one JSON object: for each package, the files its program read, or
// the errors that stopped it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const [buildInfoDir, ...packages] = process.argv.slice(2);

/** Source files by path and language version: every program's host reads through it. */
const parsed = new Map();

const formatHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

function declarations(name) {
  const project = join(root, 'packages', name, 'tsconfig.build.json');
  let unreadable;
  const config = ts.getParsedCommandLineOfConfigFile(
    project,
    { noCheck: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => (unreadable = diagnostic) },
  );
  if (!config) return { ok: false, errors: unreadable ? ts.formatDiagnostics([unreadable], formatHost) : `Cannot read ${project}.` };
  if (config.errors.length > 0) return { ok: false, errors: ts.formatDiagnostics(config.errors, formatHost) };
  const options = { ...config.options, noCheck: true, incremental: true, tsBuildInfoFile: join(buildInfoDir, `declarations-${name}.tsbuildinfo`) };
  const host = ts.createIncrementalCompilerHost(options);
  const readSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\0${typeof languageVersion === 'object' ? JSON.stringify(languageVersion) : languageVersion}`;
    if (!shouldCreate && parsed.has(key)) return parsed.get(key);
    const file = readSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
    if (file) parsed.set(key, file);
    return file;
  };
  const program = ts.createIncrementalProgram({ rootNames: config.fileNames, options, host, projectReferences: config.projectReferences });
  const emitted = program.emit();
  const problems = [...program.getConfigFileParsingDiagnostics(), ...program.getSyntacticDiagnostics(), ...emitted.diagnostics];
  const errors = problems.filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0 || emitted.emitSkipped) return { ok: false, errors: ts.formatDiagnostics(errors, formatHost) || 'tsc emitted nothing.' };
  return { ok: true, inputs: program.getSourceFiles().map((file) => file.fileName) };
}

const results = {};
for (const name of packages) results[name] = declarations(name);
process.stdout.write(JSON.stringify(results));
