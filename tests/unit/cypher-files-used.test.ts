import fs from 'node:fs';
import path from 'node:path';
import { loadCypherCatalog } from '../../src/neo4j/cypher';

/** Every query file is used by the app, every query the app names exists, and every file opens with its comment. */

const srcRoot = path.resolve(__dirname, '..', '..', 'src');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const catalog = loadCypherCatalog(undefined, 'written');
const sources = tsFiles(srcRoot).map((file) => ({
  file: path.relative(srcRoot, file).replace(/\\/g, '/'),
  text: fs.readFileSync(file, 'utf8'),
}));
const queryNames = [...catalog.keys()].filter((name) => !name.startsWith('migrations/')).sort();
const migrationNames = [...catalog.keys()].filter((name) => name.startsWith('migrations/')).sort();
const references = sources
  .flatMap(({ file, text }) => [...text.matchAll(/\bcypher\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => ({ file, name: m[2] })))
  .sort((a, b) => `${a.file} ${a.name}`.localeCompare(`${b.file} ${b.name}`));

describe('the cypher/ catalog', () => {
  it('holds the four migrations and more than forty queries', () => {
    expect(migrationNames).toEqual([
      'migrations/0001-constraints',
      'migrations/0002-indexes',
      'migrations/0003-fulltext',
      'migrations/0004-ties',
      'migrations/0005-curation',
      'migrations/0006-retraction',
      'migrations/0007-purged',
      'migrations/0008-tie-order',
    ]);
    expect(queryNames.length).toBeGreaterThan(40);
  });

  it('finds the cypher() references in src/ (the scan itself works)', () => {
    expect(references).toContainEqual({ file: 'graph/organizations/organization.repository.ts', name: 'organizations/page-ascending' });
    expect(references).toContainEqual({ file: 'dataset/load.ts', name: 'dataset/merge-nodes' });
  });
});

describe('every query file is referenced from src/', () => {
  test.each(queryNames)("'%s' is named in some src/ file", (name) => {
    const users = sources.filter(({ text }) => text.includes(`'${name}'`)).map(({ file }) => file);
    expect(users).not.toEqual([]);
  });
});

describe('every cypher() name in src/ has a file', () => {
  test.each(references.map(({ file, name }) => [file, name]))('%s: cypher(%j) exists in the catalog', (_file, name) => {
    expect(catalog.has(name)).toBe(true);
  });
});

describe('every .cypher file opens with a // comment (what it answers, its params)', () => {
  test.each([...catalog.keys()].sort())('%s starts with a // comment line', (name) => {
    const firstLine = catalog.get(name)!.split('\n')[0];
    expect(firstLine).toMatch(/^\/\/ \S/);
  });
});
