import type { Programme } from '../events/event.type';
import { cypher } from '../../neo4j/cypher';
import { toCypherInt } from '../../neo4j/convert';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import { asInstances, instanceWith } from '../../shared/instances';
import type { PageRequest } from '../../shared/pagination';
import { toSearchKey } from '../../shared/search-key';
import { NO_PLACES, placesOf, type PlaceColumnSet } from '../places/place.columns';
import type { Places } from '../places/place.type';
import { Membership } from '../memberships/membership.type';
import type { OrganizationFilter } from './organization.inputs';
import { columnParams, coreOrganizationOf, type CoreOrganizationColumns, type OrganizationColumnSet } from './organization.columns';
import { Organization, type OrganizationKind, type Sector } from './organization.type';
import { Tie, type TieOrigin, type TiePage, type TieViaKind } from '../partnerships/tie.type';

const q = {
  pageAscending: cypher('organizations/page-ascending'),
  pageDescending: cypher('organizations/page-descending'),
  count: cypher('organizations/count'),
  countAll: cypher('organizations/count-all'),
  byKeys: cypher('organizations/by-keys'),
  detailByKeys: cypher('organizations/detail-by-keys'),
  membershipsByMembers: cypher('organizations/memberships-by-members'),
  partnersByOrganizations: cypher('organizations/partners-by-organizations'),
  partnersCoreByOrganizations: cypher('organizations/partners-core-by-organizations'),
  tieSourcesByIds: cypher('organizations/tie-sources-by-ids'),
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
  /** Brought with the row (cypher/organizations/participations-by-organizations.cypher). */
  programme?: Programme;
  organizationId: string;
  role: string | null;
  sourceIds: string[];
  sourceQuotes: string[];
}
export interface TieSources {
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

/** A tie and its partner's core, as partners-by-organizations.cypher lists them (its header gives the order). */
type TieColumns = [
  id: string,
  origin: TieOrigin,
  since: string | null,
  until: string | null,
  role: string | null,
  viaKind: TieViaKind | null,
  viaKey: string | null,
  viaName: string | null,
  partnerId: string,
  partnerSlug: string,
  partnerName: string,
  partnerSortName: string,
  partnerKind: OrganizationKind | null,
  partnerSector: Sector | null,
  partnerIsAssociation: boolean,
  partnerCitySlug: string | null,
  partnerCountryCode: string | null,
];

function tieOf(columns: TieColumns): Tie {
  const [id, origin, since, until, role, viaKind, viaKey, viaName, partnerId, slug, name, sortName, kind, sector, isAssociation] = columns;
  const [citySlug, countryCode] = [columns[15], columns[16]];
  // The partner's other properties (aliases, founded …) stay undefined: its field resolvers read them when asked.
  const partner = instanceWith(Organization, {
    id: partnerId,
    uid: `Organization:${partnerId}`,
    slug,
    name,
    sortName,
    kind,
    sector,
    isAssociation,
    citySlug,
    countryCode,
  });
  const via = viaKind === null ? null : { kind: viaKind, key: viaKey ?? '', name: viaName ?? '' };
  return instanceWith(Tie, { id, origin, since, until, role, via, partnerId, partnerSortName: sortName, partner });
}

/** A tie as partners-core-by-organizations.cypher lists it: only what a selection of its origin and its partner's id, name and city reads. */
type CoreTieColumns = [
  id: string,
  origin: TieOrigin,
  partnerId: string,
  partnerName: string,
  partnerSortName: string,
  partnerCitySlug: string | null,
];

function coreTieOf([id, origin, partnerId, name, sortName, citySlug]: CoreTieColumns): Tie {
  // Only what the selection reads is set; such a partner is never primed into the organization loaders.
  const partner = instanceWith(Organization, { id: partnerId, uid: `Organization:${partnerId}`, name, sortName, citySlug });
  return instanceWith(Tie, { id, origin, partnerId, partnerSortName: sortName, partner });
}

/** Which columns of a tie to read: all of them, or only those a selection of origin and the partner's id, name and city needs. */
export type TieColumnSet = 'full' | 'core';

/** What every page of one tie query shares: page size (one more than shown), origins (null = all), columns, and whether to count. */
export interface TiePageShape {
  limit: number;
  origins: readonly string[] | null;
  columns: TieColumnSet;
  withTotal: boolean;
}

/** The first page of an organization's ties read with it in detail: core columns, no cursor. */
export interface FirstTiePage {
  /** Page size, one more than shown. */
  limit: number;
  /** Origins, sorted (null = all). */
  origins: readonly string[] | null;
  withTotal: boolean;
}

/** What an organization read in detail brings besides its row (one query instead of four). */
export interface OrganizationDetail {
  memberships: boolean;
  programmes: boolean;
  ties: FirstTiePage | null;
}

/**
 * A row of organizations/(detail-)by-keys.cypher: the organization, and in detail its memberships, programmes and first
 * tie page (else empty or absent).
 */
export type OrganizationKeyedRow = KeyedRow<string, Organization> & {
  memberships: Membership[];
  programmes: ParticipationRow[];
  ties: CoreTieColumns[];
  tieTotal: number | null;
};

/** An organization read in detail: its row, lists, and the first page of its ties when asked (else null). */
export type OrganizationDetailRow = OrganizationKeyedRow & { tiePage: TiePage | null };

const NO_DETAIL: OrganizationDetail = { memberships: false, programmes: false, ties: null };

async function organizationsByKeys(
  graph: Graph,
  keys: readonly string[],
  bySlug: boolean,
  placeColumns: PlaceColumnSet,
  detail = NO_DETAIL,
): Promise<{ rows: OrganizationDetailRow[]; places: Places }> {
  const inDetail = detail.memberships || detail.programmes || detail.ties !== null;
  const found = await graph.readOne<{ rows: OrganizationKeyedRow[]; places: Places }>(
    inDetail ? q.detailByKeys : q.byKeys,
    inDetail
      ? {
          keys,
          bySlug,
          withMemberships: detail.memberships,
          withProgrammes: detail.programmes,
          tieLimit: toCypherInt(detail.ties?.limit ?? 0),
          tieOrigins: detail.ties?.origins ?? null,
          tieTotal: detail.ties?.withTotal ?? false,
          corePlaces: placeColumns === 'core',
        }
      : { keys, bySlug, corePlaces: placeColumns === 'core' },
  );
  if (found === null) return { rows: [], places: NO_PLACES };
  asInstances(
    Organization,
    found.rows.map((r) => r.value),
  );
  asInstances(
    Membership,
    found.rows.flatMap((r) => r.memberships),
  );
  const places = placesOf(found.places, placeColumns);
  const rows: OrganizationDetailRow[] = found.rows.map((row) => ({
    ...row,
    tiePage: detail.ties === null ? null : { ties: row.ties.map(coreTieOf), totalCount: row.tieTotal },
  }));
  return { rows, places };
}

export const organizationRepository = {
  /** One page in keyset order: an index seek from the cursor, never a scan of what comes before it. */
  async page(
    graph: Graph,
    filter: OrganizationFilter,
    request: PageRequest,
    columns: OrganizationColumnSet,
    placeColumns: PlaceColumnSet,
  ): Promise<{ rows: Organization[]; places: Places }> {
    const lower = request.lower;
    const upper = request.upper;
    const found = await graph.readOne<{ rows: Organization[] | CoreOrganizationColumns[]; places: Places }>(
      request.descending ? q.pageDescending : q.pageAscending,
      {
        ...filterParams(filter),
        fromName: lower?.key[0] ?? '',
        toName: upper?.key[0] ?? HIGHEST_NAME,
        lowerName: lower?.key[0] ?? null,
        lowerId: lower?.id ?? null,
        upperName: upper?.key[0] ?? null,
        upperId: upper?.id ?? null,
        limit: toCypherInt(request.limit),
        ...columnParams(columns),
        corePlaces: placeColumns === 'core',
      },
    );
    if (found === null) return { rows: [], places: NO_PLACES };
    const places = placesOf(found.places, placeColumns);
    if (columns !== 'full') return { rows: (found.rows as CoreOrganizationColumns[]).map(coreOrganizationOf), places };
    asInstances(Organization, found.rows as Organization[]);
    return { rows: found.rows as Organization[], places };
  },
  /** How many match; with no filter, Neo4j's count store answers without touching a node. */
  async count(graph: Graph, filter: OrganizationFilter): Promise<number> {
    const params = filterParams(filter);
    const unfiltered = Object.entries(params).every(([name, value]) => name === 'association' || value === null);
    const row = await graph.readOne<{ totalCount: number }>(unfiltered ? q.countAll : q.count, unfiltered ? {} : params);
    return row?.totalCount ?? 0;
  },
  byIds: (graph: Graph, keys: readonly string[], placeColumns: PlaceColumnSet) => organizationsByKeys(graph, keys, false, placeColumns),
  bySlugs: (graph: Graph, keys: readonly string[], placeColumns: PlaceColumnSet) => organizationsByKeys(graph, keys, true, placeColumns),
  /** Organizations by id or slug with their memberships, programmes and first tie page as asked, in one query. */
  detail: (graph: Graph, keys: readonly string[], bySlug: boolean, detail: OrganizationDetail, placeColumns: PlaceColumnSet) =>
    organizationsByKeys(graph, keys, bySlug, placeColumns, detail),
  async membershipsByMembers(graph: Graph, keys: readonly string[]) {
    const rows = await graph.read<KeyedRow<string, Membership[]>>(q.membershipsByMembers, { keys });
    asInstances(
      Membership,
      rows.flatMap((r) => r.value),
    );
    return rows;
  },
  /**
   * One page of ties per key, every key of one call with the same page size, origins, columns and count (totalCount is
   * null without `withTotal`); and the partners' places.
   */
  async partnersByOrganizations(graph: Graph, keys: readonly TiePageKey[], page: TiePageShape, placeColumns: PlaceColumnSet) {
    const { limit, origins, columns, withTotal } = page;
    const rows = await graph.read<{
      key: TiePageKey;
      ties: TieColumns[] | CoreTieColumns[];
      totalCount: number | null;
      places: Places | null;
    }>(columns === 'core' ? q.partnersCoreByOrganizations : q.partnersByOrganizations, {
      keys,
      tieLimit: toCypherInt(limit),
      tieOrigins: origins,
      withTotal,
      corePlaces: placeColumns === 'core',
    });
    const places = placesOf(rows[0]?.places, placeColumns);
    const toTie = (columns === 'core' ? coreTieOf : tieOf) as (row: TieColumns | CoreTieColumns) => Tie;
    const pages: KeyedRow<TiePageKey, TiePage>[] = rows.map(({ key, ties, totalCount }) => ({
      key,
      value: { ties: ties.map(toTie), totalCount },
    }));
    return { pages, places };
  },
  tieSourcesByIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, TieSources>>(q.tieSourcesByIds, { keys }),
  eventsByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, EventLinkRow[]>>(q.eventsByOrganizations, { keys }),
  participationsByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, ParticipationRow[]>>(q.participationsByOrganizations, { keys }),
};
