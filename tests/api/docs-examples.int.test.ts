import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Every example in the documentation is a real answer: a ```graphql block followed by its ```json output is sent over
 * HTTP to the server on the real dataset, and the answer's `data` (and `errors`) must equal the block; a ```csv block
 * after `<!-- output-of: GET /export/… (first lines) -->` must be the first lines of that export. A ```graphql block
 * with no output is allowed only after `<!-- not-checked: reason -->`.
 *
 * When the data or the API changed on purpose, regenerate the outputs from the API (never by hand):
 *   DOCS_EXAMPLES_UPDATE=1 npx jest --runInBand tests/api/docs-examples.int.test.ts
 * then read the diff before committing it.
 */
const ROOT = path.join(__dirname, '..', '..');
const UPDATE = process.env.DOCS_EXAMPLES_UPDATE === '1';

interface Block {
  lang: string;
  body: string;
  /** Line index of the opening fence and of the closing fence. */
  open: number;
  close: number;
  /** The `<!-- … -->` comment just before the block (blank lines, <details> and <summary> lines may come between). */
  marker: string | null;
}

interface Example {
  file: string;
  line: number;
  kind: 'graphql' | 'csv';
  request: string;
  output: Block;
}

function docFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', 'cypher/README.md', ...docs].filter((f) => fs.existsSync(path.join(ROOT, f)));
}

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const close = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (close < 0) throw new Error(`unclosed code block at line ${i + 1}`);
    let marker: string | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const l = lines[j].trim();
      if (l === '' || /^<\/?(details|summary)\b/.test(l)) continue;
      const m = /^<!--\s*(.*?)\s*-->$/.exec(l);
      if (m) marker = m[1]!;
      break;
    }
    blocks.push({ lang: open[1], body: lines.slice(i + 1, close).join('\n'), open: i, close, marker });
    i = close;
  }
  return blocks;
}

function examplesOf(file: string): Example[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const blocks = blocksOf(lines);
  const examples: Example[] = [];
  blocks.forEach((b, i) => {
    if (b.lang === 'graphql') {
      if (b.marker?.startsWith('not-checked:')) return;
      const next = blocks[i + 1];
      if (next?.lang !== 'json') {
        throw new Error(`${file}:${b.open + 1}: a graphql example needs its json output next, or <!-- not-checked: reason -->`);
      }
      examples.push({ file, line: b.open + 1, kind: 'graphql', request: b.body, output: next });
    }
    if (b.lang === 'csv') {
      const m = /^output-of: GET (\/export\/\S+) \(first lines\)$/.exec(b.marker ?? '');
      if (!m) throw new Error(`${file}:${b.open + 1}: a csv block needs <!-- output-of: GET /export/… (first lines) -->`);
      examples.push({ file, line: b.open + 1, kind: 'csv', request: m[1], output: b });
    }
  });
  return examples;
}

const examples = docFiles().flatMap(examplesOf);

/** JSON laid out as the docs show it: a value on one line when it fits in the line, else one member per line. */
function layout(value: unknown, indent = 0, column = indent, width = 140): string {
  const flat = (v: unknown): string => {
    if (Array.isArray(v)) return v.length === 0 ? '[]' : `[${v.map(flat).join(', ')}]`;
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const entries = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${flat(x)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  };
  const one = flat(value);
  if (column + one.length + 1 <= width || value === null || typeof value !== 'object') return one;
  const pad = ' '.repeat(indent + 2);
  const items = Array.isArray(value)
    ? value.map((x) => pad + layout(x, indent + 2, indent + 2, width))
    : Object.entries(value).map(([k, x]) => {
        const key = `${pad}${JSON.stringify(k)}: `;
        return key + layout(x, indent + 2, key.length, width);
      });
  const [o, c] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${o}\n${items.join(',\n')}\n${' '.repeat(indent)}${c}`;
}

let server: TestServer;
const rewrites = new Map<string, { open: number; close: number; text: string }[]>();

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
  for (const [file, edits] of rewrites) {
    const full = path.join(ROOT, file);
    const lines = fs.readFileSync(full, 'utf8').split('\n');
    for (const e of edits.sort((a, b) => b.open - a.open)) lines.splice(e.open + 1, e.close - e.open - 1, e.text);
    fs.writeFileSync(full, lines.join('\n'));
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'prettier'), ['--write', full], { stdio: 'ignore' });
  }
});

function record(e: Example, text: string): void {
  if (UPDATE && text !== e.output.body) {
    rewrites.set(e.file, [...(rewrites.get(e.file) ?? []), { open: e.output.open, close: e.output.close, text }]);
  }
}

describe('documentation examples are real answers', () => {
  test('the docs hold examples', () => {
    expect(examples.filter((e) => e.kind === 'graphql').length).toBeGreaterThanOrEqual(15);
  });

  test.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s', async (_where, e) => {
    if (e.kind === 'csv') {
      const res = await fetch(server.url.replace(/\/graphql$/, e.request));
      expect(res.status).toBe(200);
      const documented = e.output.body.split('\n');
      const actual = (await res.text()).split(/\r?\n/).slice(0, documented.length);
      record(e, actual.join('\n'));
      if (!UPDATE) expect(actual).toEqual(documented);
      return;
    }
    const res = await server.gql(e.request);
    const answer = { data: res.data, ...(res.errors ? { errors: res.errors } : {}) };
    record(e, layout(answer));
    if (!UPDATE) expect(JSON.parse(e.output.body)).toEqual(answer);
  });
});
