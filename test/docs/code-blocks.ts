// The code blocks of the repository's markdown, for test/docs/examples.node.test.ts.
//
// A fence is found line by line (CommonMark's rule: up to three spaces, or a
// list item's indent, then ``` or ~~~ and the info string), not with a
// markdown library, because the test needs what a library's tokens drop: the
// line each block starts on and the HTML comment written just before it.
//
// The comments a block may carry (on the line before the fence, blank lines
// allowed between):
//   <!-- not-run: why -->   the block is a fragment or output, not an example to run
//   <!-- run-with-previous -->  the block continues the previous runnable block of the
//                           same file: a script is run after it (for a page, in that page)
//   <!-- run-in: browser --> or <!-- run-in: node -->  where a js/ts block runs,
//                           when the default guess (see runsIn) is wrong
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type Language = 'html' | 'js' | 'ts';

export interface CodeBlock {
  /** The markdown file, relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's first word: html, js, ts, sh, json, css, or ''. */
  info: string;
  /** The block's text exactly as printed, without the fence's indent. */
  code: string;
  /** The reason given in `<!-- not-run: … -->`, if any. */
  notRun?: string;
  runWithPrevious: boolean;
  runIn?: 'browser' | 'node';
}

export const RUNNABLE: readonly string[] = ['html', 'js', 'ts'];

const FENCE = /^( *)(`{3,}|~{3,})\s*([^`\s]*)/;
const COMMENT = /^\s*<!--\s*([\s\S]*?)\s*-->\s*$/;

export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      if (line.trimStart().startsWith(fence![0]!.repeat(fence!.length)) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent!) ? line.slice(indent!.length) : line.trimStart());
    }
    const comments: string[] = [];
    for (let before = index - 1; before >= 0; before--) {
      const line = lines[before]!;
      if (line.trim() === '') continue;
      const comment = COMMENT.exec(line);
      if (!comment) break;
      comments.push(comment[1]!);
    }
    const block: CodeBlock = { file, line: index + 1, info: (info ?? '').toLowerCase(), code: body.join('\n') + '\n', runWithPrevious: false };
    for (const comment of comments) {
      const notRun = /^not-run:\s*(.*)$/s.exec(comment);
      if (notRun) block.notRun = notRun[1]!.trim();
      if (comment === 'run-with-previous') block.runWithPrevious = true;
      if (comment === 'run-in: browser') block.runIn = 'browser';
      if (comment === 'run-in: node') block.runIn = 'node';
    }
    blocks.push(block);
    index = end;
  }
  return blocks;
}

/**
 * Where a js/ts block runs unless it says: in the browser when it touches the
 * page (document, window), imports a stylesheet or defines elements (a
 * component entry point, or the package's classes); in Node otherwise.
 */
export function runsIn(block: CodeBlock): 'browser' | 'node' {
  if (block.runIn) return block.runIn;
  const code = block.code;
  if (/\b(document|window|customElements)\b/.test(code)) return 'browser';
  if (/import\s+['"][^'"]+\.css['"]/.test(code)) return 'browser';
  for (const match of code.matchAll(/(?:from|import)\s+['"](@cydran\/components(?:\/[^'"]*)?)['"]/g)) {
    const specifier = match[1]!;
    if (!/\/(server|schema|cookie-banner)$/.test(specifier)) return 'browser';
  }
  return 'node';
}

/** README.md, every markdown file under docs/ and each package's README. */
export function documentationFiles(root: string): string[] {
  const under = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .map((path) => join(dir, path))
          .filter((path) => path.endsWith('.md') && statSync(path).isFile())
      : [];
  const packages = readdirSync(join(root, 'packages'));
  return [
    join(root, 'README.md'),
    join(root, 'CONTRIBUTING.md'),
    ...under(join(root, 'docs')),
    ...packages.map((name) => join(root, 'packages', name, 'README.md')),
  ]
    .filter((path) => existsSync(path))
    .map((path) => relative(root, path))
    .sort();
}

export function allCodeBlocks(root: string): CodeBlock[] {
  return documentationFiles(root).flatMap((file) => codeBlocks(readFileSync(join(root, file), 'utf8'), file));
}
