// Gzip sizes of what a page downloads from the peers Cydran is compared
// with: GOV.UK Frontend's whole JavaScript and stylesheet, and GCDS's
// (Government of Canada Design System, @gcds-core/components) loader, every
// lazily loaded chunk and its global stylesheet, as their packages ship them.
// Run: node --conditions=source --import tsx bench/peer-sizes.ts
// Writes bench/results/peer-sizes.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResult } from './lib/results.js';
import { gzipSize } from './lib/stats.js';

const modules = fileURLToPath(new URL('../node_modules/', import.meta.url));
const versionOf = (name: string): string => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;

const govuk = join(modules, 'govuk-frontend', 'dist', 'govuk');
const gcds = join(modules, '@gcds-core', 'components', 'dist', 'gcds');
const gcdsScripts = readdirSync(gcds)
  .filter((file) => file.endsWith('.js'))
  .sort();

const measure = (library: 'GOV.UK Frontend' | 'GCDS', kind: 'JS' | 'CSS', name: string, dir: string, files: string[]) => {
  const bytes = files.map((file) => readFileSync(join(dir, file)));
  return { library, kind, name, files, minified: bytes.reduce((sum, b) => sum + b.length, 0), gzip: bytes.reduce((sum, b) => sum + gzipSize(b), 0) };
};

const sizes = [
  measure('GOV.UK Frontend', 'JS', `GOV.UK Frontend ${versionOf('govuk-frontend')} JS (govuk-frontend.min.js)`, govuk, ['govuk-frontend.min.js']),
  measure('GOV.UK Frontend', 'CSS', `GOV.UK Frontend ${versionOf('govuk-frontend')} CSS (govuk-frontend.min.css)`, govuk, ['govuk-frontend.min.css']),
  measure('GCDS', 'JS', `GCDS ${versionOf('@gcds-core/components')} JS (gcds.esm.js and its ${gcdsScripts.length - 1} chunks)`, gcds, gcdsScripts),
  measure('GCDS', 'CSS', `GCDS ${versionOf('@gcds-core/components')} CSS (gcds.css)`, gcds, ['gcds.css']),
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(...sizes.map((s) => s.name.length));
for (const s of sizes) console.log(`${s.name.padEnd(width)}  ${kb(s.minified).padStart(9)}  ${kb(s.gzip).padStart(8)} gzip`);
console.log('(each file gzipped on its own and summed, as a server sends them)');

await writeResult('peer-sizes', { unit: 'bytes', sizes });
