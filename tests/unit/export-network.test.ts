import { assembleNetwork, type RawExportEdge, type RawExportNode } from '../../src/export/network';

const node = (id: string, extra: Partial<RawExportNode> = {}): RawExportNode => ({
  id,
  label: id.toUpperCase(),
  type: 'ORGANIZATION',
  kind: null,
  sector: null,
  city: null,
  region: null,
  country: null,
  member: false,
  memberSince: null,
  isAssociation: false,
  ...extra,
});
const edge = (
  id: string,
  source: string,
  target: string,
  start: string | null,
  end: string | null,
  relation: 'TIE' | 'MEMBER_OF' = 'TIE',
): RawExportEdge => ({
  id,
  source,
  target,
  relation,
  origin: relation === 'TIE' ? 'COOPERATION' : null,
  via: null,
  viaName: null,
  since: start,
  until: end,
  start,
  end,
});
const options = { activeOnly: false, description: 'd', graphId: 'g' };

describe('assembleNetwork', () => {
  it('gives each node the span of its edges: earliest start, latest end; open when any edge is open', () => {
    const network = assembleNetwork(
      {
        nodes: [node('c'), node('b'), node('a', { isAssociation: true }), node('d')],
        edges: [
          edge('e2', 'a', 'b', '2012-01-01', '2013-12-31'),
          edge('e1', 'a', 'c', '2011-03-01', null),
          edge('e3', 'b', 'c', '2015-01-01', '2016-06-30'),
        ],
      },
      options,
    );
    expect(network.nodes.map((n) => [n.id, n.start, n.end])).toEqual([
      ['a', '2011-03-01', null],
      ['b', '2012-01-01', '2016-06-30'],
      ['c', '2011-03-01', null],
      ['d', null, null],
    ]);
    expect(network.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(network.nodes[0]).not.toHaveProperty('isAssociation');
  });

  it('an edge with an open start opens the start of both its ends', () => {
    const network = assembleNetwork(
      {
        nodes: [node('a'), node('b'), node('c')],
        edges: [edge('e1', 'a', 'b', '2011-01-01', null), edge('e2', 'b', 'c', null, '2012-12-31')],
      },
      options,
    );
    expect(network.nodes.map((n) => [n.id, n.start, n.end])).toEqual([
      ['a', '2011-01-01', null],
      ['b', null, null],
      ['c', null, '2012-12-31'],
    ]);
  });

  it('drops edges to nodes that are not exported; a membership names its member and association, a tie neither', () => {
    const network = assembleNetwork(
      {
        nodes: [node('a', { isAssociation: true }), node('m')],
        edges: [
          edge('member:m:a', 'm', 'a', '2017-09-15', null, 'MEMBER_OF'),
          edge('t', 'm', 'outsider', '2011-01-01', null),
          edge('u', 'a', 'm', '2012-01-01', null),
        ],
      },
      options,
    );
    expect(network.edges.map((e) => [e.id, e.relation, e.member, e.association])).toEqual([
      ['member:m:a', 'MEMBER_OF', 'm', 'a'],
      ['u', 'TIE', null, null],
    ]);
    expect(network.edges[0]).not.toHaveProperty('directed');
  });

  it('with a date range (activeOnly) keeps the association and the nodes that have an edge', () => {
    const network = assembleNetwork(
      { nodes: [node('a', { isAssociation: true }), node('b'), node('c'), node('d')], edges: [edge('e', 'b', 'c', '2011-01-01', null)] },
      { ...options, activeOnly: true },
    );
    expect(network.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});
