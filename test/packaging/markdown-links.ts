// The relative links of a packed package's markdown files, and which of them
// point at nothing inside the package: a README read on npm or in
// node_modules/ can only reach what the tarball holds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One relative link: the markdown file it is in (relative to the package) and its target as written. */
export interface MarkdownLink {
  file: string;
  target: string;
}

/** Targets of inline links `[text](target)` and definitions `[name]: target`, outside code spans and fences. */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (opening) {
      if (fence === null) fence = opening[0]!;
      else if (opening[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const text = line.replace(/`+[^`]*`+/g, '');
    for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)) targets.push(target!);
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/.exec(text)?.[1];
    if (definition) targets.push(definition);
  }
  return targets;
}

/** The file part of a target that names a path (not a web address, mail address or same-page anchor). */
function pathOf(target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) return null;
  const path = decodeURIComponent(target.split(/[?#]/)[0]!);
  return path === '' ? null : path;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !path.split(sep).includes('node_modules'))
    .sort();
}

/** Every relative link in the package's markdown files whose target is missing or outside the package. */
export function deadLinks(packageDir: string): MarkdownLink[] {
  const root = resolve(packageDir);
  return markdownFiles(root).flatMap((file) =>
    linkTargets(readFileSync(join(root, file), 'utf8')).flatMap((target) => {
      const path = pathOf(target);
      if (path === null) return [];
      const absolute = path.startsWith('/') ? join(root, path) : resolve(root, dirname(file), path);
      const inside = !relative(root, absolute).startsWith('..');
      return inside && existsSync(absolute) ? [] : [{ file, target }];
    }),
  );
}
