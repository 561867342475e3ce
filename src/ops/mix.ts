import { asGraphql, gql, log, request } from './common';

/**
 * A weighted read mix on the real dataset, as a client of the public API would send it: organization pages (with
 * city, district and region), one organization in detail, search in Latin, Cyrillic and with diacritics, partners of
 * an organization, decentralization, changes, the events timeline and regions with their members. Slugs and ids come
 * from a first query, so the mix follows the data loaded.
 */

export interface MixRequest {
  kind: string;
  /** The JSON body of a POST /graphql. */
  body: string;
}

export interface MixKind {
  kind: string;
  /** Share of the requests, relative to the other kinds. */
  weight: number;
  bodies: string[];
}

const ORGANIZATION_PAGE = `query OrganizationPage($first: Int, $filter: OrganizationFilter) {
  organizations(first: $first, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id slug name kind sector city { slug name district { name } region { name } } }
  }
}`;

const ORGANIZATION_DETAIL = `query Organization($slug: String!) {
  organization(slug: $slug) {
    id slug name aliases kind sector founded website disciplines
    city { name region { name } }
    country { name }
    memberships { since until founding association { name } admittedAt { name } }
    events { relation event { name startDate } }
    roles { title since until person { name } }
    programmes { role programme { name } }
    partners(first: 20) { totalCount nodes { origin since partner { slug name } via { name } } }
    sources { source { title url } }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) {
    kind name score
    node { __typename ... on Organization { slug } ... on City { slug } ... on Event { slug } ... on Person { slug } }
  }
}`;

const PARTNERS_OF = `query PartnersOf($id: ID!, $depth: Int!) {
  partnersOf(organization: $id, depth: $depth, first: 50) {
    totalCount
    nodes { distance origins organization { slug name city { name } } }
  }
}`;

const DECENTRALIZATION = `query Decentralization($asOf: String!, $level: DecentralizationLevel!) {
  decentralization(asOf: $asOf, level: $level) {
    asOf basis members unitsReached shareOutsideCapital herfindahlHirschman entropy gini
    units { name members share perHundredThousand }
    coverage { membersKnown membersReported ratio }
    notes
  }
}`;

const CHANGES = `query Changes($from: String!, $to: String!) {
  changes(from: $from, to: $to) {
    from to membersAdmittedCount
    membersAdmitted(first: 20) { since member { ... on Organization { name } ... on Person { name } } }
    placesReached { name }
    events { name startDate }
    reportsPublished { asOf memberCount }
    notes
  }
}`;

const EVENTS = `query Events($from: String) {
  events(first: 100, from: $from) { slug name kind status startDate endDate city { name } organizers { name } }
}`;

const REGIONS = `query Regions {
  regions {
    slug name memberCount
    members(first: 100) { since member { ... on Organization { slug name city { name } } ... on Person { name } } }
  }
}`;

/** A small seeded generator (mulberry32), so a run's mix is the same every time. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const body = (query: string, variables: Record<string, unknown> = {}): string => JSON.stringify({ query, variables });

interface DiscoveredOrganization {
  id: string;
  slug: string;
  city: { slug: string; district: { name: string } | null; region: { name: string } | null } | null;
}

/** Reads organizations, their cities, districts and regions from the server, and builds the mix on them. */
export async function buildMix(graphqlUrl: string, options: { light?: boolean; seed?: number } = {}): Promise<MixKind[]> {
  const random = seeded(options.seed ?? 42);
  const pick = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  const found = await gql<{
    organizations: { nodes: DiscoveredOrganization[] };
    regions: { slug: string }[];
    districts: { slug: string }[];
  }>(
    graphqlUrl,
    `{ organizations(first: 100) { nodes { id slug city { slug district { name } region { name } } } }
       regions { slug } districts { slug } }`,
  );
  const organizations = found.organizations.nodes;
  if (organizations.length === 0) throw new Error('the server has no organizations: is the dataset loaded?');
  const cities = [...new Set(organizations.map((o) => o.city?.slug).filter((s): s is string => s !== undefined))];
  const slugs = pick(
    organizations.map((o) => o.slug),
    20,
  );
  const ids = pick(
    organizations.map((o) => o.id),
    12,
  );
  const filters: Record<string, string>[] = [
    ...pick(cities, 4).map((city) => ({ city })),
    ...pick(
      found.districts.map((d) => d.slug),
      3,
    ).map((district) => ({ district })),
    ...found.regions.map((r) => ({ region: r.slug })),
  ];
  const kinds: MixKind[] = [
    { kind: 'organizations(first: 20)', weight: 14, bodies: [body(ORGANIZATION_PAGE, { first: 20 })] },
    { kind: 'organizations(first: 100)', weight: 5, bodies: [body(ORGANIZATION_PAGE, { first: 100 })] },
    {
      kind: 'organizations(filter: city/district/region)',
      weight: 9,
      bodies: filters.map((filter) => body(ORGANIZATION_PAGE, { first: 20, filter })),
    },
    { kind: 'organization(slug) in detail', weight: 20, bodies: slugs.map((slug) => body(ORGANIZATION_DETAIL, { slug })) },
    {
      kind: 'search (Latin)',
      weight: 6,
      bodies: ['Novi Sad', 'kulturni centar', 'remont', 'Zajecar'].map((text) => body(SEARCH, { text })),
    },
    { kind: 'search (Cyrillic Зајечар)', weight: 4, bodies: [body(SEARCH, { text: 'Зајечар' })] },
    { kind: 'search (diacritics)', weight: 4, bodies: ['Čačak', 'Niš', 'Užice', 'Pančevo'].map((text) => body(SEARCH, { text })) },
    {
      kind: 'partnersOf(organization)',
      weight: 10,
      bodies: ids.flatMap((id, i) => [body(PARTNERS_OF, { id, depth: i % 3 === 0 ? 2 : 1 })]),
    },
    {
      kind: 'decentralization',
      weight: 5,
      bodies: ['2011-12-31', '2013-06-30', '2017-12-31', '2024-01-01'].flatMap((asOf) =>
        ['CITY', 'DISTRICT', 'REGION'].map((level) => body(DECENTRALIZATION, { asOf, level })),
      ),
    },
    {
      kind: 'changes',
      weight: 5,
      bodies: [
        ['2010-12-31', '2011-12-31'],
        ['2011-12-31', '2013-12-31'],
        ['2013-12-31', '2020-12-31'],
        ['2010-01-01', '2025-12-31'],
      ].map(([from, to]) => body(CHANGES, { from, to })),
    },
    { kind: 'events', weight: 6, bodies: [body(EVENTS), body(EVENTS, { from: '2013-01-01' }), body(EVENTS, { from: '2017-01-01' })] },
    { kind: 'regions with members', weight: 5, bodies: [body(REGIONS)] },
  ];
  // The light mix (fault, soak) leaves out the heaviest pages: it is a steady background, not a stress test.
  if (options.light) for (const k of kinds) if (k.kind === 'organizations(first: 100)') k.weight = 2;
  return kinds;
}

/**
 * Sends every body of the mix once and refuses to go on when one fails (HTTP status, GraphQL errors): a load test of
 * answers that are errors would measure the wrong thing.
 */
export async function preflight(graphqlUrl: string, kinds: readonly MixKind[]): Promise<void> {
  let sent = 0;
  for (const kind of kinds) {
    for (const b of kind.bodies) {
      const answer = await request(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
      const errors = asGraphql(answer.json)?.errors;
      if (answer.status !== 200 || errors !== undefined) {
        throw new Error(`preflight: ${kind.kind} answered ${answer.status}: ${answer.text.slice(0, 400)}\nrequest: ${b.slice(0, 400)}`);
      }
      sent += 1;
    }
  }
  log(`preflight: ${sent} distinct requests of ${kinds.length} kinds answered 200 without errors`);
}

/**
 * `length` requests in a seeded random order, each kind as often as its weight says (largest remainder), its bodies
 * taken in turn: autocannon cycles through them, so every connection sends the mix in these proportions.
 */
export function weightedSequence(kinds: readonly MixKind[], length: number, seed = 7): MixRequest[] {
  const total = kinds.reduce((sum, k) => sum + k.weight, 0);
  const exact = kinds.map((k) => (k.weight / total) * length);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
  for (let n = counts.reduce((a, b) => a + b, 0), j = 0; n < length; n += 1, j += 1) counts[byRemainder[j % kinds.length].i] += 1;
  const sequence: MixRequest[] = [];
  kinds.forEach((k, i) => {
    for (let n = 0; n < counts[i]; n += 1) sequence.push({ kind: k.kind, body: k.bodies[n % k.bodies.length] });
  });
  const random = seeded(seed);
  for (let i = sequence.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [sequence[i], sequence[j]] = [sequence[j], sequence[i]];
  }
  return sequence;
}

/** The mix's weights as shares, for the report. */
export function describeMix(kinds: readonly MixKind[]): { kind: string; share: string; distinctBodies: number }[] {
  const total = kinds.reduce((sum, k) => sum + k.weight, 0);
  return kinds.map((k) => ({ kind: k.kind, share: `${Math.round((k.weight / total) * 100)}%`, distinctBodies: k.bodies.length }));
}
