import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../shared/project-root';

/** Every query the app sends, read once from cypher/**.cypher and looked up by name ("organizations/page"). */
export type CypherCatalog = ReadonlyMap<string, string>;

export const cypherRoot = path.join(projectRoot, 'cypher');

const FRAGMENTS = 'fragments/';
const INCLUDE = /\{\{([a-z0-9-]+)\}\}/g;

function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(root, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        files.set(name, fs.readFileSync(full, 'utf8'));
      }
    }
  };
  walk(root);
  return files;
}

/**
 * Projections several statements share (an organization row with its city, district and region) live once in
 * cypher/fragments/<name>.cypher and are written `{{name}}` where used; they are expanded when the catalog is read, so
 * every statement is still one constant string (the plan cache sees no difference). A fragment's // lines are dropped.
 */
function expand(text: string, fragments: ReadonlyMap<string, string>, trail: readonly string[]): string {
  return text.replace(INCLUDE, (_match, name: string) => {
    const fragment = fragments.get(`${FRAGMENTS}${name}`);
    if (fragment === undefined) throw new Error(`Unknown Cypher fragment {{${name}}} (no cypher/${FRAGMENTS}${name}.cypher)`);
    if (trail.includes(name)) throw new Error(`Cypher fragment {{${name}}} includes itself (${[...trail, name].join(' → ')})`);
    const body = fragment
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    return expand(body, fragments, [...trail, name]);
  });
}

/** The shared fragments by name ("fragments/organization-row"), as written. */
export function loadCypherFragments(root = cypherRoot): ReadonlyMap<string, string> {
  return new Map([...readTree(root)].filter(([name]) => name.startsWith(FRAGMENTS)));
}

/**
 * A statement as it is sent: comments dropped, each line trimmed, blank lines gone; string literals and quoted names
 * are kept byte for byte. The files explain themselves at length, and every byte of a statement is encoded, sent over
 * Bolt (in 1,400-byte writes, one system call each) and hashed by Neo4j's plan cache on every request.
 */
export function compactCypher(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      let end = i + 1;
      while (end < text.length && text[end] !== c) end += text[end] === '\\' && c !== '`' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      if (out.length === 0 || out.endsWith('\n')) while (text[i] === ' ' || text[i] === '\t') i++;
    } else if (c === '\n' || c === '\r') {
      // A line break outside a literal ends the line: its trailing blanks, the next line's indentation and any blank
      // lines go.
      out = out.trimEnd();
      if (out.length > 0) out += '\n';
      while (i < text.length && /\s/.test(text[i])) i++;
    } else {
      out += c;
      i++;
    }
  }
  return out.trim();
}

/**
 * Every statement by name, fragments expanded; the fragments themselves are not statements and are not listed.
 * `sent` (the default) is compacted as the app sends it; `written` is the text of the files (what a migration's checksum
 * is taken of, and where the comments are).
 */
export function loadCypherCatalog(root = cypherRoot, form: 'sent' | 'written' = 'sent'): CypherCatalog {
  const files = readTree(root);
  const catalog = new Map<string, string>();
  for (const [name, text] of files) {
    if (name.startsWith(FRAGMENTS)) continue;
    const expanded = expand(text, files, []);
    catalog.set(name, form === 'sent' ? compactCypher(expanded) : expanded);
  }
  return catalog;
}

let shared: CypherCatalog | undefined;
let namesByText: Map<string, string> | undefined;

/** The file name of a query text from the catalog ("organizations/page-ascending"); "inline" for any other text. */
export function cypherNameOf(text: string): string {
  shared ??= loadCypherCatalog();
  namesByText ??= new Map([...shared].map(([name, body]) => [body, name]));
  return namesByText.get(text) ?? 'inline';
}

/** The query text for a name; an unknown name is a programming error and fails at module load. */
export function cypher(name: string): string {
  shared ??= loadCypherCatalog();
  const text = shared.get(name);
  if (text === undefined) throw new Error(`Unknown Cypher query "${name}" (no cypher/${name}.cypher)`);
  return text;
}
