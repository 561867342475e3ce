import type { TieOrigin } from '../partnerships/tie.type';
import type { BridgeCarrier, NetworkArea, NetworkBridge, NetworkGroup, NetworkMetrics, NetworkOrganization } from './network.type';

/** One row of cypher/network/network-metrics.cypher: an organization of the network with its measures. */
export interface OrganizationRow {
  gdsVersion: string;
  associationId: string;
  /** Null or NaN when the projection has no relationships. */
  modularity: number | null;
  id: string;
  sortName: string;
  member: boolean;
  region: string | null;
  country: string | null;
  degree: number;
  strength: number;
  betweenness: number;
  component: number;
  community: number;
}

/** One row of cypher/network/network-bridges.cypher. */
export interface BridgeRow {
  fromId: string;
  toId: string;
  fromRegion: string | null;
  fromCountry: string | null;
  toRegion: string | null;
  toCountry: string | null;
  weight: number;
  origins: TieOrigin[];
}

/** What the network queries answer together. */
export interface NetworkRows {
  gdsVersion: string;
  associationId: string;
  modularity: number | null;
  organizations: OrganizationRow[];
  bridges: BridgeRow[];
}

export interface NetworkArgs {
  association: string;
  asOf: string | null;
  via: TieOrigin[];
  /** Betweenness from this many sampled source organizations (an estimate); null or absent: exact. */
  samplingSize?: number | null;
  /** Compute the bridges (absent: yes); a request that selects neither bridges nor bridgeCarriers skips them. */
  bridges?: boolean;
}

const byName = (names: Map<string, string>) => (a: string, b: string) =>
  (names.get(a) ?? '').localeCompare(names.get(b) ?? '') || a.localeCompare(b);

/**
 * GDS numbers components and communities arbitrarily; number them 1.. by size (largest first), ties broken by the
 * first name in the group, so the same network always gets the same numbers. Returns the groups and raw id → number.
 */
export function numberGroups(
  rawOf: ReadonlyMap<string, number>,
  names: Map<string, string>,
): { groups: NetworkGroup[]; numberOf: Map<number, number> } {
  const members = new Map<number, string[]>();
  for (const [id, raw] of rawOf) {
    const group = members.get(raw);
    if (group) group.push(id);
    else members.set(raw, [id]);
  }
  const order = byName(names);
  const sorted = [...members].map(([raw, ids]) => ({ raw, ids: ids.sort(order) }));
  sorted.sort((a, b) => b.ids.length - a.ids.length || order(a.ids[0], b.ids[0]));
  const numberOf = new Map(sorted.map((g, i) => [g.raw, i + 1]));
  return { groups: sorted.map((g, i) => ({ id: i + 1, size: g.ids.length, memberIds: g.ids })), numberOf };
}

const areaKey = (a: NetworkArea): string => a.regionSlug ?? a.countryCode ?? '';

/** Each end of a bridge carries it; the areas it reaches are its other ends' regions (in Serbia) or countries. */
export function bridgeCarriers(bridges: readonly NetworkBridge[], names: Map<string, string>): BridgeCarrier[] {
  const carried = new Map<string, { count: number; areas: Map<string, NetworkArea> }>();
  const add = (id: string, other: NetworkArea): void => {
    const entry = carried.get(id) ?? { count: 0, areas: new Map<string, NetworkArea>() };
    entry.count += 1;
    entry.areas.set(areaKey(other), other);
    carried.set(id, entry);
  };
  for (const b of bridges) {
    add(b.fromId, b.toArea);
    add(b.toId, b.fromArea);
  }
  const order = byName(names);
  const carriers = [...carried].map(([organizationId, { count, areas }]) => ({
    organizationId,
    bridgeCount: count,
    areaCount: areas.size,
    areas: [...areas.values()].sort(
      (a, b) => Number(a.regionSlug === null) - Number(b.regionSlug === null) || areaKey(a).localeCompare(areaKey(b)),
    ),
  }));
  return carriers.sort((a, b) => b.areaCount - a.areaCount || b.bridgeCount - a.bridgeCount || order(a.organizationId, b.organizationId));
}

/** GDS sums betweenness in doubles across threads; six decimals hide the last-bit noise of the summation order. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export function buildNetworkMetrics(row: NetworkRows, args: NetworkArgs): NetworkMetrics {
  const names = new Map(row.organizations.map((o) => [o.id, o.sortName]));
  // Sampled betweenness sums the shortest paths from k of the n sources only; n / k scales it to an estimate of the exact sum.
  const n = row.organizations.length;
  const sample = args.samplingSize !== null && args.samplingSize !== undefined && args.samplingSize < n ? args.samplingSize : null;
  const scale = sample === null ? 1 : n / sample;
  const components = numberGroups(new Map(row.organizations.map((o) => [o.id, o.component])), names);
  const communities = numberGroups(new Map(row.organizations.map((o) => [o.id, o.community])), names);

  const organizations: NetworkOrganization[] = row.organizations.map((o) => ({
    organizationId: o.id,
    sortName: o.sortName,
    member: o.member,
    degree: o.degree,
    tieCount: o.strength,
    betweenness: round6(o.betweenness * scale),
    component: components.numberOf.get(o.component) ?? 0,
    community: communities.numberOf.get(o.community) ?? 0,
    area: { countryCode: o.country, regionSlug: o.country === 'RS' ? o.region : null },
  }));
  const order = byName(names);
  organizations.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || order(a.organizationId, b.organizationId));

  const bridges: NetworkBridge[] = row.bridges.map((b) => {
    const from = { id: b.fromId, area: { countryCode: b.fromCountry, regionSlug: b.fromCountry === 'RS' ? b.fromRegion : null } };
    const to = { id: b.toId, area: { countryCode: b.toCountry, regionSlug: b.toCountry === 'RS' ? b.toRegion : null } };
    const [first, second] = order(from.id, to.id) <= 0 ? [from, to] : [to, from];
    return {
      fromId: first.id,
      toId: second.id,
      fromArea: first.area,
      toArea: second.area,
      crossBorder: b.fromCountry !== b.toCountry,
      weight: b.weight,
      origins: [...b.origins].sort(),
    };
  });
  bridges.sort((a, b) => order(a.fromId, b.fromId) || order(a.toId, b.toId));

  const carriers = bridgeCarriers(bridges, names);
  const tiedPairCount = organizations.reduce((sum, o) => sum + o.degree, 0) / 2;
  return {
    associationId: row.associationId,
    asOf: args.asOf,
    via: args.via,
    gdsVersion: row.gdsVersion,
    betweennessSamplingSize: sample,
    organizationCount: n,
    tiedPairCount,
    density: n < 2 ? 0 : (2 * tiedPairCount) / (n * (n - 1)),
    modularity: row.modularity !== null && Number.isFinite(row.modularity) ? row.modularity : null,
    componentCount: components.groups.length,
    communityCount: communities.groups.length,
    bridgeCount: bridges.length,
    bridgeCarrierCount: carriers.length,
    organizations,
    components: components.groups,
    communities: communities.groups,
    bridges,
    bridgeCarriers: carriers,
  };
}
