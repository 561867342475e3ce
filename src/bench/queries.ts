import { toFulltextQuery } from '../shared/search-key';

/**
 * The benchmark's queries: for each, what this API, @neo4j/graphql (the peer) and the hand-written floor are asked, and
 * how each answer maps to comparable rows (ids in order, counts), so the three can be checked equal before any timing.
 */

export type ServerName = 'ours' | 'peer' | 'floor';
export const SERVERS: readonly ServerName[] = ['ours', 'peer', 'floor'];

/** Each server in turn first, query by query: whoever runs a query first also meets whatever Neo4j has not yet compiled. */
export function serverOrder(position: number): ServerName[] {
  const shift = position % SERVERS.length;
  return [...SERVERS.slice(shift), ...SERVERS.slice(0, shift)];
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  /** JSON text, for POST. */
  body?: string;
}

/** One comparable fact of an answer, as text, so a diff reads plainly. */
export type Row = string;

export interface BenchQuery {
  id: string;
  title: string;
  ours: HttpRequest;
  /** Null: the peer has no honest equivalent. */
  peer: HttpRequest | null;
  floor: HttpRequest;
  /** @neo4j/graphql sends one Cypher statement per root field. */
  peerCypherQueries: number;
  rows: Record<ServerName, (answer: unknown) => Row[]>;
}

/** What the queries depend on in the graph at hand; prepared once per run. */
export interface BenchContext {
  /** Statistical region slug for the filtered count. */
  region: string;
  /** The position Q4's page starts after, and our cursor of the organization there. */
  anchor: { position: number; cursor: string; sortName: string; id: string };
  /** The organization Q5 details. */
  hub: string;
  /** The organization Q8 starts from. */
  partnersOfStart: string;
  searchText: string;
  association: string;
  asOf: string;
}

export const PAGE_SIZE = 100;
export const TIES_PER_ORGANIZATION = 10;
export const SEARCH_LIMIT = 20;

export class AnswerShapeError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The value at a dotted path; a missing step is a shape error naming the path. */
function at(value: unknown, path: string): Json {
  let current: unknown = value;
  for (const step of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(step in current)) {
      throw new AnswerShapeError(`the answer has no ${path}`);
    }
    current = (current as Record<string, unknown>)[step];
  }
  return current as Json;
}

function list(value: unknown, path: string): Json[] {
  const found = at(value, path);
  if (!Array.isArray(found)) throw new AnswerShapeError(`${path} is not a list`);
  return found;
}

/** Optional nested value: null when any step is null. */
function maybe(value: unknown, path: string): Json {
  let current: unknown = value;
  for (const step of path.split('.')) {
    if (current === null || current === undefined) return null;
    if (typeof current !== 'object') throw new AnswerShapeError(`${path} is not an object`);
    current = (current as Record<string, unknown>)[step];
  }
  return (current ?? null) as Json;
}

const text = (value: Json): string => (value === null ? '∅' : typeof value === 'object' ? JSON.stringify(value) : String(value));

function graphql(query: string, variables: Record<string, unknown> = {}): HttpRequest {
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query, variables }) };
}

function get(path: string, params: Record<string, string | number>): HttpRequest {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return { method: 'GET', path: search === '' ? path : `${path}?${search}` };
}

const CITY_CHAIN = 'city { name district { name region { name } } }';
const PEER_ORDER = 'sort: [{ sortName: ASC }, { id: ASC }]';
const PEER_TIE_ORDER = 'sort: [{ node: { sortName: ASC } }, { node: { id: ASC } }, { edge: { id: ASC } }]';

/** An organization's id and the names along its city chain. */
function placeRow(node: Json): Row {
  return [
    text(at(node, 'id')),
    text(maybe(node, 'city.name')),
    text(maybe(node, 'city.district.name')),
    text(maybe(node, 'city.district.region.name')),
  ].join(' | ');
}

/**
 * The peer reads City.district as the city's own IN_DISTRICT, while this API gives a settlement the district of the city it
 * is part of; on the synthetic graph (organizations in real cities) both are compared on id and city name only.
 */
function idAndCity(node: Json): Row {
  return `${text(at(node, 'id'))} | ${text(maybe(node, 'city.name'))}`;
}

const ourPageNodes = (answer: unknown): Json[] => list(answer, 'data.organizations.edges').map((edge) => at(edge, 'node'));

function ourTies(node: Json): Row[] {
  const ties = list(node, 'partners.edges').map((edge) => at(edge, 'node'));
  return [
    ...ties.map((tie) => `  tie ${text(at(tie, 'origin'))} → ${text(at(tie, 'partner.id'))} | ${text(maybe(tie, 'partner.city.name'))}`),
    `  more ties: ${text(at(node, 'partners.pageInfo.hasNextPage'))}`,
  ];
}

function peerTies(node: Json): Row[] {
  const edges = list(node, 'partnersConnection.edges');
  return [
    ...edges.map(
      (edge) => `  tie ${text(at(edge, 'properties.origin'))} → ${text(at(edge, 'node.id'))} | ${text(maybe(edge, 'node.city.name'))}`,
    ),
    `  more ties: ${text(at(node, 'partnersConnection.pageInfo.hasNextPage'))}`,
  ];
}

const OUR_TIES = `partners(first: ${TIES_PER_ORGANIZATION}) { edges { node { origin partner { id name city { name } } } } pageInfo { hasNextPage } }`;
const PEER_TIES = `partnersConnection(first: ${TIES_PER_ORGANIZATION}, ${PEER_TIE_ORDER}) {
  edges { properties { origin } node { id name city { name } } } pageInfo { hasNextPage } }`;

function pageQueries(context: BenchContext): BenchQuery[] {
  const q1Ours = `query Q1 { organizations(first: ${PAGE_SIZE}) { edges { node { id name ${CITY_CHAIN} } } } }`;
  const q1Peer = `query Q1 { organizations(limit: ${PAGE_SIZE}, ${PEER_ORDER}) { id name ${CITY_CHAIN} } }`;
  const q2Ours = `query Q2 { organizations(first: ${PAGE_SIZE}) { edges { node { id name ${CITY_CHAIN} ${OUR_TIES} } } } }`;
  const q2Peer = `query Q2 { organizations(limit: ${PAGE_SIZE}, ${PEER_ORDER}) { id name ${CITY_CHAIN} ${PEER_TIES} } }`;
  const q4Ours = `query Q4($after: String!) { organizations(first: ${PAGE_SIZE}, after: $after) { edges { node { id name ${CITY_CHAIN} } } } }`;
  const q4Peer = `query Q4 { organizations(limit: ${PAGE_SIZE}, offset: ${context.anchor.position}, ${PEER_ORDER}) { id name ${CITY_CHAIN} } }`;
  const pageRows = {
    ours: (answer: unknown) => ourPageNodes(answer).map(idAndCity),
    peer: (answer: unknown) => list(answer, 'data.organizations').map(idAndCity),
    floor: (answer: unknown) => ourPageNodes(answer).map(idAndCity),
  };
  return [
    {
      id: 'Q1',
      title: `page of ${PAGE_SIZE}, city → district → region`,
      ours: graphql(q1Ours),
      peer: graphql(q1Peer),
      floor: get('/organizations', { first: PAGE_SIZE }),
      peerCypherQueries: 1,
      rows: pageRows,
    },
    {
      id: 'Q2',
      title: `Q1 + first ${TIES_PER_ORGANIZATION} partners with cities`,
      ours: graphql(q2Ours),
      peer: graphql(q2Peer),
      floor: get('/organizations', { first: PAGE_SIZE, ties: TIES_PER_ORGANIZATION }),
      peerCypherQueries: 1,
      rows: {
        ours: (answer) => ourPageNodes(answer).flatMap((node) => [idAndCity(node), ...ourTies(node)]),
        peer: (answer) => list(answer, 'data.organizations').flatMap((node) => [idAndCity(node), ...peerTies(node)]),
        floor: (answer) => ourPageNodes(answer).flatMap((node) => [idAndCity(node), ...ourTies(node)]),
      },
    },
    {
      id: 'Q4',
      title: `page of ${PAGE_SIZE} after position ${context.anchor.position}`,
      ours: graphql(q4Ours, { after: context.anchor.cursor }),
      peer: graphql(q4Peer),
      floor: get('/organizations', { first: PAGE_SIZE, afterName: context.anchor.sortName, afterId: context.anchor.id }),
      peerCypherQueries: 1,
      rows: pageRows,
    },
  ];
}

function countQueries(context: BenchContext): BenchQuery[] {
  const count = (path: string) => (answer: unknown) => [`totalCount ${text(at(answer, path))}`];
  const peerRegion = `{ OR: [
    { city: { district: { region: { slug: { eq: "${context.region}" } } } } },
    { city: { region: { slug: { eq: "${context.region}" } } } },
    { city: { partOf: { district: { region: { slug: { eq: "${context.region}" } } } } } },
    { city: { partOf: { region: { slug: { eq: "${context.region}" } } } } }
  ] }`;
  return [
    {
      id: 'Q3a',
      title: 'totalCount',
      ours: graphql('query Q3a { organizations { totalCount } }'),
      peer: graphql('query Q3a { organizationsConnection { aggregate { count { nodes } } } }'),
      floor: get('/organizations/count', {}),
      peerCypherQueries: 1,
      rows: {
        ours: count('data.organizations.totalCount'),
        peer: count('data.organizationsConnection.aggregate.count.nodes'),
        floor: count('data.organizations.totalCount'),
      },
    },
    {
      id: 'Q3b',
      title: `totalCount in region ${context.region}`,
      ours: graphql('query Q3b($region: String!) { organizations(filter: { region: $region }) { totalCount } }', {
        region: context.region,
      }),
      peer: graphql(`query Q3b { organizationsConnection(where: ${peerRegion}) { aggregate { count { nodes } } } }`),
      floor: get('/organizations/count', { region: context.region }),
      peerCypherQueries: 1,
      rows: {
        ours: count('data.organizations.totalCount'),
        peer: count('data.organizationsConnection.aggregate.count.nodes'),
        floor: count('data.organizations.totalCount'),
      },
    },
  ];
}

function detailQuery(context: BenchContext): BenchQuery {
  const ours = `query Q5($id: String!) { organization(id: $id) {
    id name kind sector ${CITY_CHAIN}
    memberships { since until founding association { id name } }
    ${OUR_TIES}
    programmes { role programme { slug name } }
  } }`;
  const peer = `query Q5($id: ID!) { organizations(where: { id: { eq: $id } }) {
    id name kind sector ${CITY_CHAIN}
    membershipsConnection(sort: [{ node: { id: ASC } }]) { edges { properties { since until founding } node { id name } } }
    ${PEER_TIES}
    programmesConnection(sort: [{ node: { startEarliest: ASC } }, { node: { slug: ASC } }]) { edges { properties { role } node { slug name } } }
  } }`;
  const head = (node: Json): Row => `${placeRow(node)} | ${text(at(node, 'kind'))} | ${text(at(node, 'sector'))}`;
  const ourRows = (answer: unknown): Row[] => {
    const node = at(answer, 'data.organization');
    return [
      head(node),
      ...list(node, 'memberships').map(
        (m) =>
          `  member of ${text(maybe(m, 'association.id'))} since ${text(at(m, 'since'))} until ${text(at(m, 'until'))} founding ${text(at(m, 'founding'))}`,
      ),
      ...ourTies(node),
      ...list(node, 'programmes').map((p) => `  programme ${text(maybe(p, 'programme.slug'))} as ${text(at(p, 'role'))}`),
    ];
  };
  return {
    id: 'Q5',
    title: `one organization in detail (${context.hub})`,
    ours: graphql(ours, { id: context.hub }),
    peer: graphql(peer, { id: context.hub }),
    floor: get('/organization', { id: context.hub }),
    peerCypherQueries: 1,
    rows: {
      ours: ourRows,
      floor: ourRows,
      peer: (answer) => {
        const found = list(answer, 'data.organizations');
        if (found.length !== 1) throw new AnswerShapeError(`the peer found ${found.length} organizations with id ${context.hub}`);
        const node = found[0];
        return [
          // The peer's district is the city's own; compared as ours where the city has one directly (see idAndCity).
          head(node),
          ...list(node, 'membershipsConnection.edges').map(
            (e) =>
              `  member of ${text(at(e, 'node.id'))} since ${text(at(e, 'properties.since'))} until ${text(at(e, 'properties.until'))} founding ${text(at(e, 'properties.founding'))}`,
          ),
          ...peerTies(node),
          ...list(node, 'programmesConnection.edges').map(
            (e) => `  programme ${text(at(e, 'node.slug'))} as ${text(at(e, 'properties.role'))}`,
          ),
        ];
      },
    },
  };
}

function searchQuery(context: BenchContext): BenchQuery {
  const phrase = toFulltextQuery(context.searchText);
  if (phrase === null) throw new RangeError(`nothing to search for in ${JSON.stringify(context.searchText)}`);
  const ours = `query Q6($text: String!) { search(text: $text, kinds: [ORGANIZATION], first: ${SEARCH_LIMIT}) {
    kind name score node { ... on Organization { id } } } }`;
  const peer = `query Q6($phrase: String!) { searchOrganizations(phrase: $phrase, first: ${SEARCH_LIMIT},
    sort: [{ score: DESC }, { node: { sortName: ASC } }, { node: { id: ASC } }]) { edges { score node { id name } } } }`;
  return {
    id: 'Q6',
    title: `search "${context.searchText}" (organizations)`,
    ours: graphql(ours, { text: context.searchText }),
    peer: graphql(peer, { phrase }),
    floor: get('/search', { text: context.searchText, first: SEARCH_LIMIT }),
    peerCypherQueries: 1,
    rows: {
      ours: (answer) => list(answer, 'data.search').map((hit) => `${text(maybe(hit, 'node.id'))} | ${text(at(hit, 'name'))}`),
      floor: (answer) => list(answer, 'data.search').map((hit) => `${text(maybe(hit, 'node.id'))} | ${text(at(hit, 'name'))}`),
      peer: (answer) =>
        list(answer, 'data.searchOrganizations.edges').map((edge) => `${text(at(edge, 'node.id'))} | ${text(at(edge, 'node.name'))}`),
    },
  };
}

const DECENTRALIZATION_SCALARS = [
  'asOf',
  'basis',
  'requestedBasis',
  'members',
  'membersInUnits',
  'membersWithoutUnit',
  'unitsReached',
  'shareOutsideCapital',
  'herfindahlHirschman',
  'entropy',
  'gini',
  'comparedWith',
] as const;
export const DECENTRALIZATION_SELECTION = `${DECENTRALIZATION_SCALARS.join(' ')} units { slug name members share } newUnits { slug } notes`;

function decentralizationQuery(context: BenchContext): BenchQuery {
  const rows = (answer: unknown): Row[] => {
    const d = at(answer, 'data.decentralization');
    const units = at(d, 'units');
    const newUnits = at(d, 'newUnits');
    return [
      ...DECENTRALIZATION_SCALARS.map((field) => `${field} ${text(at(d, field))}`),
      ...(units === null
        ? ['units ∅']
        : list(d, 'units').map((u) => `  unit ${text(at(u, 'slug'))} | ${text(at(u, 'members'))} | ${text(at(u, 'share'))}`)),
      `new units ${
        newUnits === null
          ? '∅'
          : list(d, 'newUnits')
              .map((u) => text(at(u, 'slug')))
              .join(', ')
      }`,
      ...list(d, 'notes').map((note) => `  note ${text(note)}`),
    ];
  };
  const query = `query Q7($association: String!, $asOf: String!) { decentralization(association: $association, asOf: $asOf) { ${DECENTRALIZATION_SELECTION} } }`;
  return {
    id: 'Q7',
    title: `decentralization(asOf: ${context.asOf})`,
    ours: graphql(query, { association: context.association, asOf: context.asOf }),
    peer: null,
    floor: get('/decentralization', { association: context.association, asOf: context.asOf }),
    peerCypherQueries: 0,
    rows: { ours: rows, floor: rows, peer: () => [] },
  };
}

/** Q8 reads the first page of the organizations within two ties. */
export const PARTNERS_OF_PAGE = 100;

function partnersOfQuery(context: BenchContext): BenchQuery {
  const rows = (answer: unknown): Row[] => [
    `reached ${text(at(answer, 'data.partnersOf.totalCount'))}`,
    ...list(answer, 'data.partnersOf.nodes').map((p) => `${text(at(p, 'distance'))} | ${text(maybe(p, 'organization.id'))}`),
  ];
  return {
    id: 'Q8',
    title: `partnersOf(${context.partnersOfStart}, depth: 2)`,
    ours: graphql(
      `query Q8($organization: ID!) { partnersOf(organization: $organization, depth: 2, first: ${PARTNERS_OF_PAGE}) {
        totalCount nodes { distance organization { id name } } } }`,
      { organization: context.partnersOfStart },
    ),
    peer: null,
    floor: get('/partners-of', { organization: context.partnersOfStart }),
    peerCypherQueries: 0,
    rows: { ours: rows, floor: rows, peer: () => [] },
  };
}

export function benchQueries(context: BenchContext): BenchQuery[] {
  const [q1, q2, q4] = pageQueries(context);
  return [
    q1,
    q2,
    ...countQueries(context),
    q4,
    detailQuery(context),
    searchQuery(context),
    decentralizationQuery(context),
    partnersOfQuery(context),
  ];
}

/** Keeps the queries whose id starts with one of `only` (Q3 selects Q3a and Q3b); all when `only` is empty. */
export function selectQueries(queries: readonly BenchQuery[], only: readonly string[]): BenchQuery[] {
  if (only.length === 0) return [...queries];
  return queries.filter((q) => only.some((wanted) => q.id.toUpperCase().startsWith(wanted.toUpperCase())));
}

/**
 * The longest prefix of 1, 12, 123 … whose organizations ("Synthetic organization <number>") number between 2 and 40:
 * few enough that every engine ranks all of them (this API reads 4 × first hits from the index before ordering).
 */
export function searchTextFor(organizations: number): string {
  let best = '1';
  for (const prefix of ['1', '12', '123', '1234', '12345', '123456']) {
    let count = 0;
    for (let i = 1; i <= organizations; i += 1) if (String(i).startsWith(prefix)) count += 1;
    if (count >= 2 && count <= 40) best = prefix;
  }
  return `organization ${best}`;
}

/** Q4's position: 5,000 when the graph is large enough, else about half of it, in whole pages. */
export function anchorPosition(total: number): number {
  return Math.min(5000, Math.max(PAGE_SIZE, Math.floor(total / (2 * PAGE_SIZE)) * PAGE_SIZE));
}
