import { cypher } from '../../neo4j/cypher';
import { toCypherInt } from '../../neo4j/convert';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { PageRequest } from '../../shared/pagination';
import { toSearchKey } from '../../shared/search-key';
import type { OrganizationFilter } from './organization.inputs';
import type { Organization } from './organization.type';
import type { Membership } from './membership.type';
import type { Tie } from './tie.type';

const q = {
  page: cypher('organizations/page'),
  byKeys: cypher('organizations/by-keys'),
  membershipsByMembers: cypher('organizations/memberships-by-members'),
  partnersByOrganizations: cypher('organizations/partners-by-organizations'),
  eventsByOrganizations: cypher('organizations/events-by-organizations'),
  participationsByOrganizations: cypher('organizations/participations-by-organizations'),
};

export interface EventLinkRow {
  relation: string;
  eventSlug: string;
}
export interface ParticipationRow {
  programmeSlug: string;
  role: string | null;
  sourceIds: string[];
  sourceQuotes: string[];
}

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
  async page(graph: Graph, filter: OrganizationFilter, request: PageRequest, withCount: boolean) {
    const row = await graph.readOne<{ totalCount: number | null; rows: Organization[] }>(q.page, {
      ...filterParams(filter),
      lowerName: request.lower?.key[0] ?? null,
      lowerId: request.lower?.id ?? null,
      upperName: request.upper?.key[0] ?? null,
      upperId: request.upper?.id ?? null,
      descending: request.descending,
      limit: toCypherInt(request.limit),
      withCount,
    });
    return { rows: row?.rows ?? [], totalCount: row?.totalCount ?? null };
  },
  byIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Organization>>(q.byKeys, { keys, bySlug: false }),
  bySlugs: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Organization>>(q.byKeys, { keys, bySlug: true }),
  membershipsByMembers: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, Membership[]>>(q.membershipsByMembers, { keys }),
  partnersByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, Tie[]>>(q.partnersByOrganizations, { keys }),
  eventsByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, EventLinkRow[]>>(q.eventsByOrganizations, { keys }),
  participationsByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, ParticipationRow[]>>(q.participationsByOrganizations, { keys }),
};
