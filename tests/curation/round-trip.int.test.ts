import type { Driver } from 'neo4j-driver';
import { parseExportArgs } from '../../src/cli/export';
import { shapeRecord } from '../../src/curation/engine';
import { datasetText, exportDataset } from '../../src/curation/export';
import { importSources } from '../../src/curation/import';
import { curatedSections, keyOf } from '../../src/curation/sections';
import { readDataset } from '../../src/dataset/load';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/driver';
import { Graph } from '../../src/neo4j/run';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';

// Export the real network (read only), import the file into the emptied fixture Neo4j, export that: the same file.
let realDriver: Driver;
let real: Graph;
let fixture: Driver;
let exported: Record<string, unknown>;

const tieCount = async (driver: Driver) =>
  Number((await driver.executeQuery('MATCH ()-[t:TIED_TO]->() RETURN count(t) AS n')).records[0].get('n'));

beforeAll(async () => {
  const config = loadConfig(process.env);
  realDriver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  real = new Graph(realDriver, config.neo4j.database);
  fixture = fixtureDriver();
  exported = await exportDataset(real);
});

afterAll(async () => {
  await realDriver.close();
  await fixture.close();
});

test('the export of the graph loaded from data/nkss.json holds every record of the file, as the file states it', () => {
  const dataset = readDataset().dataset as unknown as Record<string, unknown>;
  for (const spec of curatedSections) {
    const fromFile = spec.single ? [dataset[spec.section]] : (dataset[spec.section] as Record<string, unknown>[]);
    const expected = fromFile
      .map((r) => shapeRecord(spec, r as Record<string, unknown>))
      .sort((a, b) => (keyOf(spec, a) < keyOf(spec, b) ? -1 : 1));
    expect([spec.section, spec.single ? [exported[spec.section]] : exported[spec.section]]).toEqual([spec.section, expected]);
  }
  expect(exported.version).toMatch(/^export-[0-9a-f]{16}$/);
});

test('export → import into an empty database → export gives the identical file, ties included', async () => {
  const graph = await resetFixtures(fixture);
  const report = await importSources(graph, [{ file: 'exported.json', content: JSON.parse(datasetText(exported)) }], {
    actor: { id: 'import:round-trip-test', requestId: null },
  });
  const records = curatedSections.reduce((sum, spec) => sum + (spec.single ? 1 : (exported[spec.section] as unknown[]).length), 0);
  expect(report.records).toBe(records);
  expect(Object.values(report.sections).reduce((sum, s) => sum + s.added.length, 0)).toBe(records);
  const again = await exportDataset(graph);
  expect(datasetText(again)).toBe(datasetText(exported));
  expect(await tieCount(fixture)).toBe(await tieCount(realDriver));
}, 120_000);

test('--format dataset takes --out and no filters', () => {
  expect(parseExportArgs(['--format', 'dataset', '--out', 'x.json'])).toEqual({ format: 'dataset', out: 'x.json', filters: {} });
  expect(() => parseExportArgs(['--format', 'dataset', '--out', 'x.json', '--from', '2020-01-01'])).toThrow(/no filters/);
});
