import type { Driver } from 'neo4j-driver';
import type { GraphQLSchema } from 'graphql';
import { loadConfig } from '../../src/config';
import { buildAppSchema } from '../../src/schema';
import { fixtureDriver } from '../helpers/fixtures';
import { WALK_ASSOCIATION, writeWalkGraph, type WalkGraph } from './synthetic-graph';
import {
  depthOf,
  inParallel,
  problemsOf,
  reachableFields,
  startWalkServer,
  walkDocuments,
  type ArgumentTable,
  type ArgumentValues,
  type WalkDocument,
  type WalkResponse,
  type WalkServer,
} from './walk';

/**
 * Issue 8: every field safe to ask. From every root field, every field reachable to five object levels (walk.ts says how
 * levels count and how the trees are cut into documents the token limit admits), over real HTTP against the real server
 * in development mode, on the real dataset and on a small synthetic graph. Any HTTP status but 200, any error (with or
 * without a code) and any root field without data fails, with every failing path listed.
 *
 * The cost and alias limits are raised for the walk's server only: the walk must ask everything, and each document is
 * still under the depth and token limits the server always applies (checked below).
 */

const LEVELS = 5;
/** Some 150 documents per graph, two at a time: seconds on an idle two-core machine, far longer when it is shared. */
const WALK_TIMEOUT = 300_000;
const LIMITS = { MAX_QUERY_COST: '10000000', MAX_ALIASES: '1000' };
const { limits } = loadConfig(process.env);

/**
 * Arguments from the real dataset. Lists that take `first` get 3, so the trees stay small; required ids, slugs and dates
 * are real ones that answer something (an organization with many ties, the association, a district of four places, a
 * one-year range of `changes` with admissions, board changes, reports and events). A few root fields are asked more than
 * once (`CALLS`) where one value would leave a union member or a relation empty: search by each kind, an event with an
 * agreement and one with admissions and reports, an organization and the association itself.
 */
const REAL: ArgumentTable = {
  required: {
    asOf: '2020-12-31',
    organization: 'org-stanica',
    a: 'org-czkd',
    b: 'org-nkss',
    code: 'RS',
  },
  always: { first: 3 },
  byField: {
    'Query.changes': { from: '2016-12-31', to: '2017-12-31' },
    'Query.decentralizationTrend': { from: '2011-01-01', to: '2012-12-31' },
    'Query.cities': { district: 'juznobacki-okrug' },
    'Query.city': { slug: 'beograd' },
    'Query.district': { slug: 'juznobacki-okrug' },
    'Query.districts': { region: 'region-vojvodine' },
    'Query.programme': { slug: 'fond-solidarnosti' },
    'Query.region': { slug: 'beogradski-region' },
    'Query.person': { slug: 'aleksandar-gubas' },
    'Query.shortestPath': { from: 'org-czkd', to: 'org-nkss' },
    'Query.networkMetrics': { asOf: '2014-12-31' },
    'Query.history': { id: 'org-nkss' },
    'Query.node': { id: 'org-stanica' },
    'Query.nodes': { ids: ['org-nkss', 'City:beograd', 'Event:founding-assembly-2011-belgrade', 'person-aleksandar-gubas'] },
  },
};
const REAL_CALLS: Record<string, ArgumentValues[]> = {
  event: [{ slug: 'national-conference-2011-zrenjanin' }, { slug: 'regular-assembly-2012-pozega' }],
  organization: [{ slug: 'stanica' }, { id: 'org-nkss' }],
  search: [
    { text: 'beograd', kinds: ['CITY', 'ORGANIZATION', 'EVENT'] },
    { text: 'kultura', kinds: ['PROGRAMME'] },
    { text: 'aleksandar', kinds: ['PERSON'] },
    { text: 'srbija', kinds: ['COUNTRY'] },
  ],
};

/** The synthetic graph's values: its association everywhere an association is asked, its organizations and programmes. */
const SYNTHETIC: ArgumentTable = {
  required: {
    asOf: '2020-12-31',
    organization: 'walk-org-4',
    a: 'walk-org-4',
    b: 'walk-org-5',
    code: 'RS',
    from: '2011-01-01',
    to: '2020-12-31',
  },
  always: { first: 3, association: WALK_ASSOCIATION },
  byField: {
    'Query.association': { slug: WALK_ASSOCIATION },
    'Query.cities': { district: 'juznobacki-okrug' },
    'Query.city': { slug: 'beograd' },
    'Query.district': { slug: 'juznobacki-okrug' },
    'Query.districts': { region: 'region-vojvodine' },
    'Query.event': { slug: 'no-such-event' },
    'Query.organization': { id: 'walk-org-1' },
    'Query.person': { slug: 'no-such-person' },
    'Query.programme': { slug: 'walk-programme-1' },
    'Query.region': { slug: 'beogradski-region' },
    'Query.search': { text: 'synthetic' },
    'Query.shortestPath': { from: 'walk-org-4', to: 'walk-org-40' },
    'Query.networkMetrics': { asOf: '2014-12-31' },
    'Query.history': { id: 'walk-org-1' },
    'Query.node': { id: 'walk-org-1' },
    'Query.nodes': { ids: ['walk-org-1', 'City:beograd', 'Programme:walk-programme-1'] },
  },
};

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

/** Runs every document, two at a time (a two-core machine), and returns every problem, with the server's logged errors. */
async function walk(
  server: WalkServer,
  documents: WalkDocument[],
): Promise<{ problems: string[]; responses: Map<WalkDocument, WalkResponse> }> {
  const responses = new Map<WalkDocument, WalkResponse>();
  await inParallel(documents, 2, async (document) => {
    responses.set(document, await server.post(document.query));
  });
  const problems = documents.flatMap((document) => problemsOf(document, responses.get(document)!));
  if (server.logged.length) problems.push(...server.logged.map((line) => `server log: ${line.slice(0, 2_000)}`));
  return { problems, responses };
}

function checkDocuments(documents: WalkDocument[], covered: Set<string>): void {
  // The walk asks every field a client can reach, and every document is one the server's fixed limits admit.
  expect([...reachableFields(schema)].filter((field) => !covered.has(field))).toEqual([]);
  expect(documents.filter((d) => depthOf(d.query) > limits.depth).map((d) => d.name)).toEqual([]);
}

describe('the schema walk on the real dataset', () => {
  let server: WalkServer;
  beforeAll(async () => {
    server = await startWalkServer(process.env.NEO4J_URI!, LIMITS);
  });
  afterAll(() => server.stop());

  test(
    'every root field, every field to five levels: HTTP 200, no error, data for every root field',
    async () => {
      const { documents, covered } = walkDocuments(schema, REAL, { levels: LEVELS, maxTokens: limits.tokens, calls: REAL_CALLS });
      checkDocuments(documents, covered);
      const { problems, responses } = await walk(server, documents);
      expect(problems).toEqual([]);
      // Real arguments find real things: no root field of the walk answers null or an empty list.
      const empty = documents.filter((d) => {
        const value = responses.get(d)!.data![d.rootKey];
        return value === null || (Array.isArray(value) && value.length === 0);
      });
      expect(empty.map((d) => d.name)).toEqual([]);
    },
    WALK_TIMEOUT,
  );
});

describe('the schema walk on a small synthetic graph', () => {
  let driver: Driver;
  let synthetic: WalkGraph;
  let server: WalkServer;
  beforeAll(async () => {
    driver = fixtureDriver();
    synthetic = await writeWalkGraph(driver);
    server = await startWalkServer(process.env.NKSS_TEST_FIXTURE_URI!, LIMITS);
  }, WALK_TIMEOUT);
  afterAll(async () => {
    await server?.stop();
    const { before, after } = await synthetic.remove();
    await driver.close();
    expect(after).toEqual(before);
  });

  test(
    'every root field, every field to five levels: HTTP 200, no error, data for every root field',
    async () => {
      expect(synthetic.network.organizations.length).toBe(51);
      expect(synthetic.network.memberships.length).toBeGreaterThan(20);
      const { documents, covered } = walkDocuments(schema, SYNTHETIC, { levels: LEVELS, maxTokens: limits.tokens });
      checkDocuments(documents, covered);
      const { problems, responses } = await walk(server, documents);
      expect(problems).toEqual([]);
      // The synthetic association answers with its members and ties, not as an unknown slug.
      const association = documents.find((d) => d.rootKey === 'association')!;
      expect(responses.get(association)!.data!.association).not.toBeNull();
    },
    WALK_TIMEOUT,
  );
});
