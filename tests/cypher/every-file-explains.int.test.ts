import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/driver';
import { loadCypherCatalog } from '../../src/neo4j/cypher';
import { nullParams } from '../../src/neo4j/warm-up';

/**
 * Every query file parses and plans on the real Neo4j (EXPLAIN: compiled, never executed), and the ones the app runs
 * in read sessions plan as read-only. Migrations are multi-statement schema files and are exercised by global setup.
 */

const catalog = loadCypherCatalog();
const names = [...catalog.keys()].filter((name) => !name.startsWith('migrations/')).sort();
/** The queries the app runs inside write transactions; every other file runs via Graph.read. */
const writeQueries = new Set([
  'curation/clear-owned',
  'curation/purge',
  'curation/record-changes',
  'curation/restore-node',
  'curation/restore-relationship',
  'curation/retract-node',
  'curation/retract-relationship',
  'curation/unpurge',
  'curation/write-nodes',
  'dataset/mark-loaded',
  'dataset/merge-nodes',
  'dataset/merge-relationships',
  'dataset/remove-stale',
  'system/migration-record',
  'synthetic/delete-batch',
  'synthetic/merge-memberships',
  'synthetic/merge-network-memberships',
  'synthetic/merge-organizations',
  'synthetic/merge-participations',
  'synthetic/merge-partnerships',
  'synthetic/merge-programmes',
  'ties/rebuild',
]);

/**
 * Properties the loader writes only when a record states them; data/nkss.json ends no membership, role or partnership
 * (every `until` is null, and Neo4j stores no nulls), so Neo4j warns these keys are unknown. Any other warning (an unknown
 * label, relationship type or property: a typo; a deprecation) fails.
 */
const absentOptionalProperties = new Set([
  'until',
  'untilEarliest',
  'untilLatest',
  'untilPrecision',
  // The audit trail and the provenance of curated records exist once something was written through the API.
  'after',
  'before',
  'by',
  'createdAt',
  'createdBy',
  'fields',
  'operation',
  'requestId',
  // A retraction's (docs/curation.md, "Retraction, not deletion"), once something was retracted.
  'retractedBy',
  'retractedKey',
  'retractedKind',
  'retractedLabel',
  'retractedRecord',
  'retractedType',
  'retractionReason',
]);

let driver: Driver;
let database: string | undefined;

beforeAll(() => {
  const config = loadConfig(process.env);
  driver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  database = config.neo4j.database;
});

afterAll(async () => {
  await driver.close();
});

async function explain(name: string) {
  const text = catalog.get(name)!;
  return driver.executeQuery(`EXPLAIN\n${text}`, nullParams(text), { database });
}

it('the catalog has queries besides the migrations', () => {
  expect(names).toContain('organizations/page-ascending');
  expect(names.length).toBeGreaterThan(40);
});

describe('EXPLAIN every query file', () => {
  test.each(names)('%s parses and plans', async (name) => {
    const { records, summary } = await explain(name);
    expect(records).toEqual([]);
    expect(summary.hasPlan()).toBe(true);
    expect(summary.plan).toMatchObject({ operatorType: expect.stringMatching(/^(ProduceResults|EmptyResult)@neo4j$/) });
  });

  test.each(names)('%s plans without warnings', async (name) => {
    const { summary } = await explain(name);
    const warnings = summary.notifications
      .filter((n) => {
        const property = /the missing property name is: (\w+)\)/.exec(n.description)?.[1];
        return !(
          n.code === 'Neo.ClientNotification.Statement.UnknownPropertyKeyWarning' &&
          property &&
          absentOptionalProperties.has(property)
        );
      })
      .map((n) => `${n.code} at ${n.position && 'line' in n.position ? `${n.position.line}:${n.position.column}` : '?'}: ${n.description}`);
    expect(warnings).toEqual([]);
  });

  // A write that also returns rows (a count, the ids written) plans as "rw".
  test.each(names.map((name) => [name, writeQueries.has(name) ? /^r?w$/ : /^r$/]))('%s plans with query type %p', async (name, type) => {
    const { summary } = await explain(name);
    expect(summary.queryType).toMatch(type);
  });
});
