import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's documentation stands alone: every relative link in README.md, docs/*.md and cypher/README.md points
 * at a file of the project (and at a heading of it, for `#anchor`), and every file path it names in `code` exists
 * (except in the design pages, which name files still to be written).
 */
const ROOT = path.join(__dirname, '..', '..');

const files = [
  'README.md',
  'cypher/README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].filter((f) => fs.existsSync(path.join(ROOT, f)));

/** The text outside fenced code blocks. */
function prose(file: string): string {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .split(/^```.*$/m)
    .filter((_, i) => i % 2 === 0)
    .join('\n');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(file).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = m[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of prose(file).matchAll(/<a (?:name|id)="([^"]+)"/g)) out.add(m[1]);
  return out;
}

function links(file: string): string[] {
  const text = prose(file).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/i.test(t));
}

/** Paths in inline code that name a file by its extension, e.g. `src/config.ts` or `docs/graph-model.md`. */
function namedFiles(file: string): string[] {
  return [...prose(file).matchAll(/`([\w.-]+(?:\/[\w.-]+)+\.(?:ts|js|md|cypher|json|ya?ml|java|xml|svg))`/g)].map((m) => m[1]);
}

const DESIGNS = new Set(['docs/curation.md', 'docs/performance.md']);

describe.each(files)('%s', (file) => {
  test('relative links resolve', () => {
    const broken = links(file).filter((target) => {
      const [p, anchor] = target.split('#') as [string, string | undefined];
      const resolved = p === '' ? path.join(ROOT, file) : path.join(ROOT, path.dirname(file), decodeURIComponent(p));
      if (!fs.existsSync(resolved)) return true;
      if (anchor === undefined || !resolved.endsWith('.md')) return false;
      return !anchors(path.relative(ROOT, resolved)).has(anchor);
    });
    expect(broken).toEqual([]);
  });
});

describe.each(files.filter((f) => !DESIGNS.has(f)))('%s', (file) => {
  test('file paths named in code exist in the project', () => {
    const missing = namedFiles(file).filter(
      (p) => !fs.existsSync(path.join(ROOT, p)) && !fs.existsSync(path.join(ROOT, path.dirname(file), p)),
    );
    expect(missing).toEqual([]);
  });
});
