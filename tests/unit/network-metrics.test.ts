import 'reflect-metadata';
import { Neo4jError } from 'neo4j-driver';
import { AppError, GDS_MISSING_MESSAGE, PluginMissingError, translateNeo4jError } from '../../src/errors';
import type { Graph } from '../../src/neo4j/run';
import { bridgeCarriers, buildNetworkMetrics, numberGroups, type NetworkRows } from '../../src/graph/network/network.assemble';
import { networkRepository, organizationRows } from '../../src/graph/network/network.repository';
import { networkKey } from '../../src/graph/network/network-key';
import type { NetworkArea } from '../../src/graph/network/network.type';
import { TieOrigin } from '../../src/graph/partnerships/tie.type';

const names = new Map([
  ['x', 'xenon'],
  ['a', 'argon'],
  ['b', 'bor'],
  ['c', 'cink'],
]);

describe('numberGroups', () => {
  it('numbers groups 1.. by size, then by the first name in the group, members in name order', () => {
    const { groups, numberOf } = numberGroups(
      new Map([
        ['x', 7],
        ['c', 7],
        ['b', 40],
        ['a', 3],
      ]),
      names,
    );
    expect(groups).toEqual([
      { id: 1, size: 2, memberIds: ['c', 'x'] },
      { id: 2, size: 1, memberIds: ['a'] },
      { id: 3, size: 1, memberIds: ['b'] },
    ]);
    expect([...numberOf]).toEqual([
      [7, 1],
      [3, 2],
      [40, 3],
    ]);
  });
});

describe('bridgeCarriers', () => {
  it('counts for each end the other ends’ areas: regions of Serbia, else countries (Serbia when the region is unknown)', () => {
    const vo: NetworkArea = { countryCode: 'RS', regionSlug: 'region-vojvodine' };
    const rs: NetworkArea = { countryCode: 'RS', regionSlug: null };
    const hr: NetworkArea = { countryCode: 'HR', regionSlug: null };
    const bridge = (fromId: string, fromArea: NetworkArea, toId: string, toArea: NetworkArea) => ({
      fromId,
      toId,
      fromArea,
      toArea,
      crossBorder: fromArea.countryCode !== toArea.countryCode,
      weight: 1,
      origins: [TieOrigin.COOPERATION],
    });
    expect(bridgeCarriers([bridge('a', hr, 'b', vo), bridge('a', hr, 'c', rs), bridge('x', hr, 'c', rs)], names)).toEqual([
      { organizationId: 'a', bridgeCount: 2, areaCount: 2, areas: [vo, rs] },
      { organizationId: 'c', bridgeCount: 2, areaCount: 1, areas: [hr] },
      { organizationId: 'b', bridgeCount: 1, areaCount: 1, areas: [hr] },
      { organizationId: 'x', bridgeCount: 1, areaCount: 1, areas: [rs] },
    ]);
  });
});

const common = { gdsVersion: '2.13.9', associationId: 'a', modularity: null, degree: 1, strength: 2, component: 5, community: 9 };
const row: NetworkRows = {
  gdsVersion: '2.13.9',
  associationId: 'a',
  modularity: null,
  organizations: [
    { ...common, id: 'a', sortName: 'argon', member: false, region: null, country: 'RS', betweenness: 0.30000000000000004 },
    { ...common, id: 'b', sortName: 'bor', member: true, region: 'region-vojvodine', country: 'RS', betweenness: 0 },
  ],
  bridges: [],
};

describe('buildNetworkMetrics', () => {
  it('rounds betweenness to six decimals, renumbers groups, and turns a missing modularity into null', () => {
    const m = buildNetworkMetrics(row, { association: 'x', asOf: null, via: [TieOrigin.AGREEMENT] });
    expect(m.organizations.map((o) => [o.organizationId, o.betweenness, o.component, o.community, o.area])).toEqual([
      ['a', 0.3, 1, 1, { countryCode: 'RS', regionSlug: null }],
      ['b', 0, 1, 1, { countryCode: 'RS', regionSlug: 'region-vojvodine' }],
    ]);
    expect([m.tiedPairCount, m.density, m.modularity]).toEqual([1, 1, null]);
    expect(buildNetworkMetrics({ ...row, modularity: Number.NaN }, { association: 'x', asOf: null, via: [] }).modularity).toBeNull();
  });
});

describe('networkKey', () => {
  it('is the same for the same origins in any order or repetition, in the enum order, all five by default', () => {
    expect(networkKey('nkss', undefined, [TieOrigin.JOINT_PROGRAMME, TieOrigin.AGREEMENT, TieOrigin.AGREEMENT])).toBe(
      'nkss||AGREEMENT,JOINT_PROGRAMME',
    );
    expect(networkKey('nkss', '2020-01-01', undefined)).toBe(
      'nkss|2020-01-01|AGREEMENT,CO_FOUNDING,COOPERATION,NETWORK_MEMBERSHIP,JOINT_PROGRAMME',
    );
  });
});

describe('networkKey with options', () => {
  it('adds the sample size and the missing bridges only when asked, and parses back through the loader', () => {
    expect(networkKey('nkss', undefined, [TieOrigin.AGREEMENT], { samplingSize: 500 })).toBe('nkss||AGREEMENT|sample=500');
    expect(networkKey('nkss', undefined, [TieOrigin.AGREEMENT], { bridges: false })).toBe('nkss||AGREEMENT|no-bridges');
    expect(networkKey('nkss', undefined, [TieOrigin.AGREEMENT], { samplingSize: 7, bridges: true })).toBe('nkss||AGREEMENT|sample=7');
  });
});

describe('buildNetworkMetrics with sampled betweenness', () => {
  it('scales the sampled sums by organizations / sample size, and a sample of the whole network is exact', () => {
    const sampled = buildNetworkMetrics(row, { association: 'x', asOf: null, via: [TieOrigin.AGREEMENT], samplingSize: 1 });
    expect([sampled.betweennessSamplingSize, sampled.organizations.map((o) => o.betweenness)]).toEqual([1, [0.6, 0]]);
    const whole = buildNetworkMetrics(row, { association: 'x', asOf: null, via: [TieOrigin.AGREEMENT], samplingSize: 2 });
    expect([whole.betweennessSamplingSize, whole.organizations.map((o) => o.betweenness)]).toEqual([null, [0.3, 0]]);
  });
});

const PROJECT = 'gds.graph.project(';
const BETWEENNESS = 'gds.betweenness.stream(';
const COMMUNITIES = 'gds.louvain.mutate(';
const DROP = 'gds.graph.drop($graphName, false) YIELD graphName\nRETURN graphName';

/**
 * A Graph stand-in: the query containing `failing` fails with `error`; the projection query (when it does not fail) answers
 * one row; queries containing `slow` take 20 ms. Records every query sent and, in `events`, when each one settled.
 */
function scriptedGraph(error: Error, failing: string, slow?: string) {
  const sent: { query: string; params: Record<string, unknown> }[] = [];
  const events: string[] = [];
  const label = (query: string) => [PROJECT, BETWEENNESS, COMMUNITIES, DROP].find((part) => query.includes(part)) ?? query;
  const read = async (query: string, params: Record<string, unknown> = {}) => {
    sent.push({ query, params });
    await new Promise((resolve) => setTimeout(resolve, slow !== undefined && query.includes(slow) ? 20 : 0));
    events.push(`settled ${label(query)}`);
    if (query.includes(failing)) throw error;
    return query.includes(PROJECT) ? [{ gdsVersion: '2.13.9', associationId: 'nkss', memberIds: [], organizationCount: 1 }] : [];
  };
  return { graph: { read, readOne: read } as unknown as Graph, sent, events };
}

// Without bridges: their query runs beside the metrics and needs no projection.
const args = { association: 'nkss', asOf: null, via: [TieOrigin.AGREEMENT], bridges: false };

describe('networkRepository.networkMetrics when a query fails', () => {
  it('without Graph Data Science: SERVICE_UNAVAILABLE saying what is missing, and no drop (nothing was projected)', async () => {
    const missing = new Neo4jError(
      'There is no procedure with the name `gds.version` registered for this database instance.',
      'Neo.ClientError.Procedure.ProcedureNotFound',
      '42N08',
      'error: procedure not found',
    );
    // Graph.read translates driver errors; the repository sees the domain error.
    const translated = translateNeo4jError(missing);
    expect(translated).toBeInstanceOf(PluginMissingError);
    const { graph, sent } = scriptedGraph(translated as Error, PROJECT);
    const failure = networkRepository.networkMetrics(graph, args);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({
      message: GDS_MISSING_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE', requires: 'graph-data-science' },
    });
    expect(sent).toHaveLength(1);
  });

  it('the projection fails: drops the projection by the name the query used, and reports the original error', async () => {
    const broken = new Neo4jError('Failed to invoke function `gds.graph.project`', 'Neo.ClientError.Procedure.ProcedureCallFailed', '', '');
    expect(translateNeo4jError(broken)).toBe(broken);
    const { graph, sent } = scriptedGraph(broken, PROJECT);
    await expect(networkRepository.networkMetrics(graph, args)).rejects.toBe(broken);
    expect(sent).toHaveLength(2);
    expect(sent[0].query).toContain(PROJECT);
    expect(sent[1].query).toContain(DROP);
    expect(sent[1].params).toEqual({ graphName: sent[0].params.graphName });
    expect(sent[0].params.graphName).toMatch(/^nkss-network-[0-9a-f-]{36}$/);
  });

  it('betweenness fails while the communities still run: drops the projection once both have settled, reports the failure', async () => {
    const broken = new Neo4jError(
      'Failed to invoke procedure `gds.betweenness.stream`',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
      '',
      '',
    );
    const { graph, sent, events } = scriptedGraph(broken, BETWEENNESS, COMMUNITIES);
    await expect(networkRepository.networkMetrics(graph, args)).rejects.toBe(broken);
    expect(events).toEqual([`settled ${PROJECT}`, `settled ${BETWEENNESS}`, `settled ${COMMUNITIES}`, `settled ${DROP}`]);
    // Both algorithm queries and the drop use the projection's name.
    expect(new Set(sent.map((s) => s.params.graphName))).toEqual(new Set([sent[0].params.graphName]));
  });
});

describe('organizationRows', () => {
  it('joins betweenness and communities by organization id, and marks the members the projection named', () => {
    const community = { modularity: 0.4, sortName: '', region: null, country: 'RS', degree: 1, strength: 2, component: 0, community: 5 };
    const rows = organizationRows(
      { gdsVersion: '2.13.9', associationId: 'nkss', memberIds: ['b'], organizationCount: 3 },
      [
        { id: 'b', betweenness: 1.5 },
        { id: 'nkss', betweenness: 0 },
        { id: 'a', betweenness: 3 },
      ],
      [
        { ...community, id: 'a' },
        { ...community, id: 'b' },
        { ...community, id: 'nkss' },
      ],
    );
    expect(rows.map((r) => [r.id, r.member, r.betweenness, r.associationId, r.gdsVersion, r.community])).toEqual([
      ['a', false, 3, 'nkss', '2.13.9', 5],
      ['b', true, 1.5, 'nkss', '2.13.9', 5],
      ['nkss', false, 0, 'nkss', '2.13.9', 5],
    ]);
  });
});

describe('networkKey', () => {
  it('reads an argument given as null as one left out', () => {
    expect(networkKey('nkss', null, null, { samplingSize: null })).toBe(networkKey('nkss', undefined, undefined));
    expect(networkKey('nkss', undefined, undefined)).toBe('nkss||AGREEMENT,CO_FOUNDING,COOPERATION,NETWORK_MEMBERSHIP,JOINT_PROGRAMME');
  });
});
