import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { runImport } from '../../src/cli/import';
import { ImportRejected, importSources, readImportFiles, type ImportReport } from '../../src/curation/import';
import { loadDataset, readDataset } from '../../src/dataset/load';
import type { Graph } from '../../src/neo4j/run';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';

// Imports write into the fixture Neo4j, loaded here with the real dataset; every record this file adds is synthetic
// (ids syn-…, cited to an example.org source titled "Synthetic").
let driver: Driver;
let graph: Graph;
let dir: string;

const actor = { id: 'import:test', requestId: null };
const synSource = {
  id: 'syn-import-source',
  url: 'https://example.org/synthetic/import-source',
  title: 'Synthetic import source',
  publisher: 'example.org',
  language: 'en',
  primary: false,
};
const cite = [{ source: synSource.id, quote: 'a synthetic quote' }];
const synOrg = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `syn-import-org-${n}`,
  slug: `syn-import-org-${n}`,
  name: `Synthetic Import Org ${n}`,
  aliases: [],
  kind: 'ORGANIZATION',
  sector: 'CIVIL',
  disciplines: ['theatre'],
  founded: '2020',
  website: null,
  city: 'zajecar',
  country: 'RS',
  sources: cite,
  ...extra,
});

function writeJson(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

async function importFiles(files: string[], options: { dryRun?: boolean; batchSize?: number } = {}): Promise<ImportReport> {
  const { sources, problems } = readImportFiles(files);
  expect(problems).toEqual([]);
  return importSources(graph, sources, { actor, ...options });
}

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(query, params);
  return Number(records[0].get(0));
}

const changeCount = () => count('MATCH (c:Change) RETURN count(c)');

beforeAll(async () => {
  driver = fixtureDriver();
  graph = await resetFixtures(driver);
  await loadDataset(graph);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-import-'));
}, 120_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

describe('a JSON import', () => {
  test('adds new records, cited to a source from another file, and reports them per section', async () => {
    const sourcesFile = writeJson('sources.json', { sources: [synSource] });
    const orgsFile = writeJson('orgs.json', { organizations: [synOrg(1), synOrg(2)] });
    const result = await importFiles([sourcesFile, orgsFile], { batchSize: 2 });
    expect(result).toEqual({
      dryRun: false,
      files: [sourcesFile, orgsFile],
      records: 3,
      batches: 2,
      sections: {
        sources: { added: ['syn-import-source'], changed: [], unchanged: 0 },
        organizations: { added: ['syn-import-org-1', 'syn-import-org-2'], changed: [], unchanged: 0 },
      },
    });
    const { records } = await driver.executeQuery(
      `MATCH (o:Organization {id: 'syn-import-org-1'})-[:BASED_IN]->(c:City)
       RETURN o.origin AS origin, o.version AS version, o.createdBy AS by, c.slug AS city,
         [(o)-[r:CITED_BY]->(s:Source) | r.quote + ' @ ' + s.id] AS cites,
         [(x:Change)-[:CHANGED]->(o) | x.by + ' ' + x.operation] AS changes`,
    );
    expect(records[0].toObject()).toEqual({
      origin: 'import',
      version: 1,
      by: 'import:test',
      city: 'zajecar',
      cites: ['a synthetic quote @ syn-import-source'],
      changes: ['import:test CREATE'],
    });
  });

  test('the same files again change nothing: every record unchanged, no change record written', async () => {
    const before = await changeCount();
    const result = await importFiles([path.join(dir, 'sources.json'), path.join(dir, 'orgs.json')]);
    expect(result.sections).toEqual({
      sources: { added: [], changed: [], unchanged: 1 },
      organizations: { added: [], changed: [], unchanged: 2 },
    });
    expect(await changeCount()).toBe(before);
  });

  test('a changed record is updated with the fields named; records the file does not mention stay', async () => {
    const file = writeJson('one.json', { organizations: [synOrg(1, { website: 'https://example.org/syn-1', disciplines: ['dance'] })] });
    const result = await importFiles([file]);
    expect(result.sections).toEqual({
      organizations: { added: [], changed: [{ key: 'syn-import-org-1', fields: ['disciplines', 'website'] }], unchanged: 0 },
    });
    expect(await count("MATCH (o:Organization {id: 'syn-import-org-1'}) RETURN o.version")).toBe(2);
    expect(await count("MATCH (o:Organization) WHERE o.id IN ['syn-import-org-2'] RETURN count(o)")).toBe(1);
    expect(await count("MATCH (s:Source {id: 'syn-import-source'}) RETURN count(s)")).toBe(1);
  });

  test("the dataset's own records, imported into the graph loaded from it, are all unchanged", async () => {
    const dataset = readDataset().dataset;
    const file = writeJson('own.json', { version: dataset.version, sources: dataset.sources, organizations: dataset.organizations });
    const before = await changeCount();
    const result = await importFiles([file]);
    expect(result.sections).toEqual({
      sources: { added: [], changed: [], unchanged: dataset.sources.length },
      organizations: { added: [], changed: [], unchanged: dataset.organizations.length },
    });
    expect(await changeCount()).toBe(before);
  });

  test('a dry run reports what would be added and changed, and writes nothing', async () => {
    const file = writeJson('dry.json', { organizations: [synOrg(3), synOrg(2, { name: 'Synthetic Renamed' })] });
    const before = await changeCount();
    const result = await importFiles([file], { dryRun: true });
    expect(result).toMatchObject({
      dryRun: true,
      batches: 0,
      sections: { organizations: { added: ['syn-import-org-3'], changed: [{ key: 'syn-import-org-2', fields: ['name'] }], unchanged: 0 } },
    });
    expect(await changeCount()).toBe(before);
    expect(await count("MATCH (o:Organization {id: 'syn-import-org-3'}) RETURN count(o)")).toBe(0);
  });
});

describe('bad input', () => {
  test('every bad record of every file is reported with file, JSON path and field; nothing is written', async () => {
    const good = writeJson('good.json', { organizations: [synOrg(4)] });
    const bad = writeJson('bad.json', {
      organizations: [synOrg(5), synOrg(6, { city: 'atlantis', sources: [] }), synOrg(7, { founded: '2020-13' })],
      sources: { id: 'not-a-list' },
      bogus: [],
    });
    const before = await changeCount();
    const { sources } = readImportFiles([good, bad]);
    await expect(importSources(graph, sources, { actor })).rejects.toMatchObject({
      problems: [
        { file: bad, path: 'sources', field: null, message: 'must be a list of records' },
        { file: bad, path: 'bogus', field: null, message: expect.stringMatching(/^is not a section an import can write/) },
      ],
    });
    // Sections that are lists are then checked record by record against the graph.
    const fixed = writeJson('bad2.json', {
      organizations: [synOrg(5), synOrg(6, { city: 'atlantis', sources: [] }), synOrg(7, { founded: '2020-13' }), synOrg(4)],
    });
    const rejected = await importSources(graph, readImportFiles([good, fixed]).sources, { actor }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(ImportRejected);
    expect((rejected as ImportRejected).problems).toEqual([
      { file: fixed, path: 'organizations[1]', field: 'city', message: 'unknown city "atlantis"' },
      { file: fixed, path: 'organizations[1]', field: 'sources', message: 'must cite at least one source' },
      { file: fixed, path: 'organizations[2]', field: 'founded', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD (got "2020-13")' },
      { file: fixed, path: 'organizations[3]', field: 'id', message: 'duplicate id "syn-import-org-4"' },
      { file: fixed, path: 'organizations[3]', field: 'slug', message: 'duplicate slug "syn-import-org-4"' },
    ]);
    expect(await changeCount()).toBe(before);
    expect(await count("MATCH (o:Organization) WHERE o.id IN ['syn-import-org-4', 'syn-import-org-5'] RETURN count(o)")).toBe(0);
  });

  test('a file that is not JSON is reported by name', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{"organizations": [');
    expect(readImportFiles([file]).problems).toEqual([{ file, path: '$', field: null, message: expect.stringMatching(/JSON/) }]);
  });
});

describe('npm run import', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        env: { NEO4J_URI: process.env.NKSS_TEST_FIXTURE_URI },
        stdout: (t: string) => void (out.stdout += t),
        stderr: (t: string) => void (out.stderr += t),
        progress: true,
      },
    };
  };

  test('imports, prints the report and a progress bar, exit 0; --actor names the writer', async () => {
    const file = writeJson('cli.json', { organizations: [synOrg(8)] });
    const { out, io: cli } = io();
    expect(await runImport([file, '--actor', 'cli-tester'], cli)).toBe(0);
    expect(out.stdout).toBe(
      `Imported: 1 record(s) from ${file} in 1 batch(es)\norganizations: 1 added, 0 changed, 0 unchanged\n  + syn-import-org-8\n`,
    );
    expect(out.stderr).toMatch(/^\r\[#{30}\] 1\/1 records\n/);
    expect(await count("MATCH (o:Organization {id: 'syn-import-org-8'}) RETURN o.createdBy = 'cli-tester'")).toBe(1);
  });

  test('bad records: exit 1, each on stderr, nothing written', async () => {
    const file = writeJson('cli-bad.json', { organizations: [synOrg(9, { city: 'atlantis' })] });
    const { out, io: cli } = io();
    expect(await runImport([file, '--dry-run'], cli)).toBe(1);
    expect(out.stderr).toContain(`${file}: organizations[0] field city: unknown city "atlantis"`);
    expect(out.stdout).toBe('');
  });

  test('bad usage: exit 2 with the usage', async () => {
    const { out, io: cli } = io();
    expect(await runImport(['--batch-size', '0', 'x.json'], cli)).toBe(2);
    expect(out.stderr).toMatch(/--batch-size must be a positive whole number\nusage: import FILE/);
    expect(await runImport([], cli)).toBe(2);
  });
});

describe('a CSV import (one file per section, docs/import.md)', () => {
  const write = (sub: string, name: string, text: string): string => {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    const file = path.join(dir, sub, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const orgHeader = 'id,slug,name,aliases,kind,sector,disciplines,founded,website,city,country,sources';

  test('sources, organizations and memberships from three files; the same files again change nothing', async () => {
    const files = [
      write('csv', 'sources.csv', `id,url,title,publisher,language,primary\n${Object.values(synSource).join(',')}\n`),
      write(
        'csv',
        'organizations.csv',
        `${orgHeader}\nsyn-csv-1,syn-csv-1,Synthetic CSV One,SC1;Synthetic C1,ORGANIZATION,CIVIL,theatre;dance,2021,,nis,RS,"syn-import-source|quoted, with a comma"\n` +
          `syn-csv-2,syn-csv-2,Synthetic CSV Two,,INITIATIVE,,,,,,,syn-import-source|\n`,
      ),
      write(
        'csv',
        'memberships.csv',
        'member,association,since,until,founding,admittedAt,sources\nsyn-csv-1,org-nkss,2026-10,,false,,syn-import-source|a synthetic quote\n',
      ),
    ];
    const first = await importFiles(files);
    expect(first.sections).toEqual({
      sources: { added: [], changed: [], unchanged: 1 },
      organizations: { added: ['syn-csv-1', 'syn-csv-2'], changed: [], unchanged: 0 },
      memberships: { added: ['syn-csv-1/org-nkss'], changed: [], unchanged: 0 },
    });
    const { records } = await driver.executeQuery(
      "MATCH (o:Organization {id: 'syn-csv-1'}) RETURN o.aliases AS aliases, o.disciplines AS disciplines, [(o)-[c:CITED_BY]->() | c.quote] AS quotes",
    );
    expect(records[0].toObject()).toEqual({
      aliases: ['SC1', 'Synthetic C1'],
      disciplines: ['theatre', 'dance'],
      quotes: ['quoted, with a comma'],
    });
    const before = await changeCount();
    const again = await importFiles(files);
    expect(Object.values(again.sections).map((s) => s.unchanged)).toEqual([1, 2, 1]);
    expect(await changeCount()).toBe(before);
  });

  test('bad rows are reported by file, row and column, nothing written', async () => {
    const file = write(
      'bad-csv',
      'organizations.csv',
      `${orgHeader}\nsyn-csv-3,syn-csv-3,Synthetic CSV Three,,,,,,,atlantis,,syn-import-source|q\nsyn-csv-4,syn-csv-4,,,,,,,,,,no-such-source|q\n`,
    );
    const rejected = await importSources(graph, readImportFiles([file]).sources, { actor }).catch((e: unknown) => e);
    expect((rejected as ImportRejected).problems).toEqual([
      { file, path: 'row 2', field: 'city', message: 'unknown city "atlantis"' },
      { file, path: 'row 3', field: 'name', message: 'must be a non-empty string' },
      { file, path: 'row 3', field: 'sources', message: 'sources[0].source: unknown source "no-such-source"' },
    ]);
    expect(await count("MATCH (o:Organization) WHERE o.id STARTS WITH 'syn-csv-3' RETURN count(o)")).toBe(0);
  });
});
