// Every document the code and docs point at must be in the repository: a
// reader following "see X" should find X. Fails on a mention of the design
// notes kept outside the repository, and on a relative markdown link whose
// target file does not exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);

/** Documents that lived outside the repository; their content is now in docs/. */
const OUTSIDE_DOCUMENTS = ['DESIGN.md', 'WELSH.md', 'TOOLCHAIN.md'];
const TEXT_EXTENSIONS = ['.ts', '.js', '.md', '.mdx', '.css', '.html', '.json'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => !path.split(/[\\/]/).includes('node_modules'))
    .map((path) => join(dir, path))
    .filter((path) => statSync(path).isFile() && TEXT_EXTENSIONS.some((ext) => path.endsWith(ext)));
}

function checkedFiles(): string[] {
  const packages = readdirSync(join(root, 'packages'));
  return [
    ...packages.flatMap((name) => filesUnder(join(root, 'packages', name, 'src'))),
    ...packages.map((name) => join(root, 'packages', name, 'README.md')).filter((path) => existsSync(path)),
    ...filesUnder(join(root, 'docs')),
    ...filesUnder(join(root, 'test')),
    join(root, 'README.md'),
  ].filter((path) => path !== thisFile);
}

/**
 * The targets of a markdown file's links, outside code: inline `[text](target)`
 * and reference definitions `[name]: target`.
 */
function markdownLinkTargets(markdown: string): string[] {
  const targets: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]!);
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(prose);
    if (definition) targets.push(definition[1]!);
  }
  return targets;
}

/** A target that names a file in this repository (not a web address, not only an anchor). */
function relativePath(target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/')) return null;
  const path = decodeURIComponent(target.split('#')[0]!.split('?')[0]!);
  return path || null;
}

describe('references to documents', () => {
  const files = checkedFiles();

  it('finds the files it checks', () => {
    assert.ok(files.some((path) => path.endsWith(join('docs', 'welsh-language.md'))));
    assert.ok(files.length > 50, `only ${files.length} files`);
  });

  it('names no document that is outside the repository', () => {
    const mentions = files.flatMap((path) => {
      const lines = readFileSync(path, 'utf8').split('\n');
      return lines.flatMap((line, index) =>
        OUTSIDE_DOCUMENTS.filter((name) => line.includes(name)).map((name) => `${relative(root, path)}:${index + 1} names ${name}`),
      );
    });
    assert.deepEqual(mentions, []);
  });

  it('has a file in the repository for every relative markdown link', () => {
    const broken = files
      .filter((path) => path.endsWith('.md') || path.endsWith('.mdx'))
      .flatMap((path) =>
        markdownLinkTargets(readFileSync(path, 'utf8'))
          .map((target) => [target, relativePath(target)] as const)
          .filter(([, file]) => file !== null && !existsSync(join(dirname(path), file)))
          .map(([target]) => `${relative(root, path)} links to ${target}`),
      );
    assert.deepEqual(broken, []);
  });

  it('reads links the way a markdown reader does', () => {
    const markdown = [
      'See [the ADRs](adr/README.md#top) and [a site](https://example.com).',
      '`[not a link](missing.md)` and [anchor](#here).',
      '```',
      '[in code](missing.md)',
      '```',
      '[ref]: ../guides/messages.md',
    ].join('\n');
    assert.deepEqual(markdownLinkTargets(markdown), ['adr/README.md#top', 'https://example.com', '#here', '../guides/messages.md']);
    assert.equal(relativePath('adr/README.md#top'), 'adr/README.md');
    assert.equal(relativePath('https://example.com'), null);
    assert.equal(relativePath('#here'), null);
  });
});
