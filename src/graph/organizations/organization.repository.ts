import { cypher } from '../../neo4j/cypher';
import { toCypherInt } from '../../neo4j/convert';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { PageRequest } from '../../shared/pagination';
import { toSearchKey } from '../../shared/search-key';
import type { OrganizationFilter } from './organization.inputs';
import type { Organization } from './organization.type';
import type { Membership } from './membership.type';
import type { TiePage } from './tie.type';

const q = {
  pageAscending: cypher('organizations/page-ascending'),
  pageDescending: cypher('organizations/page-descending'),
  count: cypher('organizations/count'),
  countAll: cypher('organizations/count-all'),
  byKeys: cypher('organizations/by-keys'),
  membershipsByMembers: cypher('organizations/memberships-by-members'),
  partnersByOrganizations: cypher('organizations/partners-by-organizations'),
  eventsByOrganizations: cypher('organizations/events-by-organizations'),
  participationsByOrganizations: cypher('organizations/participations-by-organizations'),
};

/** Whose ties, from where: the exclusive cursor is the last tie's partner sortName, partner id and tie id. */
export interface TiePageKey {
  organizationId: string;
  afterName: string | null;
  afterPartnerId: string | null;
  afterTieId: string | null;
}

export interface EventLinkRow {
  relation: string;
  eventSlug: string;
}
export interface ParticipationRow {
  programmeSlug: string;
  organizationId: string;
  role: string | null;
  sourceIds: string[];
  sourceQuotes: string[];
}

/** Above every sort name (they are folded Latin), so an open upper bound still lets the index seek. */
const HIGHEST_NAME = '\uffff';

function filterParams(filter: OrganizationFilter): Record<string, unknown> {
  const text = filter.text === undefined ? '' : toSearchKey(filter.text);
  return {
    city: filter.city ?? null,
    district: filter.district ?? null,
    region: filter.region ?? null,
    country: filter.country ?? null,
    kind: filter.kind ?? null,
    sector: filter.sector ?? null,
    discipline: filter.discipline ?? null,
    text: text === '' ? null : text,
    association: filter.association ?? 'nkss',
    memberAsOf: filter.memberAsOf ?? null,
    member: filter.member ?? null,
    foundingMember: filter.foundingMember ?? null,
  };
}

export const organizationRepository = {
  /** One page in keyset order: an index seek from the cursor, never a scan of what comes before it. */
  async page(graph: Graph, filter: OrganizationFilter, request: PageRequest): Promise<Organization[]> {
    const lower = request.lower;
    const upper = request.upper;
    const rows = await graph.read<{ row: Organization }>(request.descending ? q.pageDescending : q.pageAscending, {
      ...filterParams(filter),
      fromName: lower?.key[0] ?? '',
      toName: upper?.key[0] ?? HIGHEST_NAME,
      lowerName: lower?.key[0] ?? null,
      lowerId: lower?.id ?? null,
      upperName: upper?.key[0] ?? null,
      upperId: upper?.id ?? null,
      limit: toCypherInt(request.limit),
    });
    return rows.map((r) => r.row);
  },
  /** How many match; with no filter, Neo4j's count store answers without touching a node. */
  async count(graph: Graph, filter: OrganizationFilter): Promise<number> {
    const params = filterParams(filter);
    const unfiltered = Object.entries(params).every(([name, value]) => name === 'association' || value === null);
    const row = await graph.readOne<{ totalCount: number }>(unfiltered ? q.countAll : q.count, unfiltered ? {} : params);
    return row?.totalCount ?? 0;
  },
  byIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Organization>>(q.byKeys, { keys, bySlug: false }),
  bySlugs: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Organization>>(q.byKeys, { keys, bySlug: true }),
  membershipsByMembers: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, Membership[]>>(q.membershipsByMembers, { keys }),
  /** One page of ties per key; every key of one call shares the page size and the origins. */
  partnersByOrganizations: (graph: Graph, keys: readonly TiePageKey[], limit: number, origins: readonly string[] | null) =>
    graph.read<KeyedRow<TiePageKey, TiePage>>(q.partnersByOrganizations, { keys, limit: toCypherInt(limit), origins }),
  eventsByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, EventLinkRow[]>>(q.eventsByOrganizations, { keys }),
  participationsByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, ParticipationRow[]>>(q.participationsByOrganizations, { keys }),
};
