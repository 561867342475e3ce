import { cypher } from '../../neo4j/cypher';
import { toCypherInt } from '../../neo4j/convert';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import { asInstances, instanceWith } from '../../shared/instances';
import type { PageRequest } from '../../shared/pagination';
import {
  columnParams,
  coreOrganizationOf,
  type CoreOrganizationColumns,
  type OrganizationColumnSet,
} from '../organizations/organization.columns';
import { Organization } from '../organizations/organization.type';
import type { TieOrigin } from '../partnerships/tie.type';
import { ALL_ORIGINS, type PartnershipFilter } from './partnership.inputs';
import { tieKey } from './tie-id';
import {
  PartnerAtDistance,
  type CommonPartner,
  type CountryCooperation,
  type IntersectoralCount,
  type MemberCooperation,
  type NetworkMembershipEntry,
  type Partnership,
  type PathNodeRef,
  type PathRelationship,
} from './partnership.type';

const q = {
  partnerships: cypher('partnerships/partnerships'),
  partnershipsCount: cypher('partnerships/partnerships-count'),
  partnershipsByIds: cypher('partnerships/partnerships-by-ids'),
  partnersOf: cypher('partnerships/partners-of'),
  commonPartners: cypher('partnerships/common-partners'),
  shortestPath: cypher('partnerships/shortest-path'),
  intersectoralSummary: cypher('partnerships/intersectoral-summary'),
  regionalCooperation: cypher('partnerships/regional-cooperation'),
};

export interface PartnershipKeyRow {
  id: string;
  sinceKey: string | null;
}

/** One row of partnerships/shortest-path.cypher. */
export interface PathRow {
  organizationIds: string[];
  length: number;
  nodes: PathNodeRef[];
  relationships: PathRelationship[];
}

/** The one row of partnerships/regional-cooperation.cypher. */
export interface RegionalRow {
  tieIds: string[];
  byCountry: Omit<CountryCooperation, 'tieCount'>[];
  byMember: Omit<MemberCooperation, 'tieCount'>[];
  networks: NetworkMembershipEntry[];
}

/** A row of partnerships/partners-of.cypher: the organization as its core columns or its whole row. */
type ReachedRow = [distance: number, steps: string[], throughIds: string[], organization: CoreOrganizationColumns | Organization];

/** What a partnersOf selection reads: the routes (else only distances) and which organization columns. */
export interface PartnersOfShape {
  routes: boolean;
  columns: OrganizationColumnSet;
}

const origins = (via: readonly TieOrigin[] | undefined): readonly TieOrigin[] => via ?? ALL_ORIGINS;
/** The origins a statement must test, or null when all of them are allowed (it then reads no tie's origin). */
const originsToTest = (via: readonly TieOrigin[] | null | undefined): readonly TieOrigin[] | null =>
  !via || ALL_ORIGINS.every((origin) => via.includes(origin)) ? null : via;

function filterParams(filter: PartnershipFilter): Record<string, unknown> {
  return {
    organization: filter.organization ?? null,
    origins: origins(filter.origins),
    sectors: filter.sectors ?? null,
    since: filter.since ?? null,
    until: filter.until ?? null,
    crossBorder: filter.crossBorder ?? null,
  };
}

export const partnershipRepository = {
  /** Tie ids and their paging keys, in (since earliest bound, id) order, after the request's lower bound. */
  page: (graph: Graph, filter: PartnershipFilter, request: PageRequest) =>
    graph.read<PartnershipKeyRow>(q.partnerships, {
      ...filterParams(filter),
      afterSince: request.lower?.key[0] ?? null,
      afterId: request.lower?.id ?? null,
      limit: toCypherInt(request.limit),
    }),

  async count(graph: Graph, filter: PartnershipFilter): Promise<number> {
    const row = await graph.readOne<{ totalCount: number }>(q.partnershipsCount, filterParams(filter));
    return row?.totalCount ?? 0;
  },

  byIds: (graph: Graph, ids: readonly string[]) =>
    graph.read<KeyedRow<string, Partnership>>(q.partnershipsByIds, { keys: ids.flatMap((id) => tieKey(id) ?? []) }),

  /** One page of the organizations reached, nearest first, and how many were reached in all. */
  async partnersOf(
    graph: Graph,
    organization: string,
    depth: number,
    via: TieOrigin[] | undefined,
    request: PageRequest,
    shape: PartnersOfShape,
  ): Promise<{ totalCount: number; rows: PartnerAtDistance[] }> {
    const after = request.lower;
    const found = await graph.readOne<{ totalCount: number; rows: ReachedRow[] }>(q.partnersOf, {
      organization,
      depth: toCypherInt(depth),
      origins: originsToTest(via),
      afterDistance: after === null ? null : toCypherInt(after.key[0] as number),
      afterName: after?.key[1] ?? null,
      afterId: after?.id ?? null,
      limit: toCypherInt(request.limit),
      routes: shape.routes,
      ...columnParams(shape.columns),
    });
    if (found === null) return { totalCount: 0, rows: [] };
    const core = shape.columns !== 'full';
    if (!core)
      asInstances(
        Organization,
        found.rows.map((row) => row[3]),
      );
    // One object per row, built here: each knows where its route starts.
    // Instances, so that the field resolvers are called directly (src/shared/lean-resolvers.ts).
    const rows = found.rows.map(([distance, steps, throughIds, columns]): PartnerAtDistance => {
      const reached = core ? coreOrganizationOf(columns as CoreOrganizationColumns) : (columns as Organization);
      return instanceWith(PartnerAtDistance, {
        organizationId: reached.id,
        sortName: reached.sortName,
        distance,
        steps,
        throughIds,
        organization: reached,
        startId: organization,
      });
    });
    return { totalCount: found.totalCount, rows };
  },

  commonPartners: (graph: Graph, a: string, b: string, via?: TieOrigin[]) =>
    graph.read<CommonPartner>(q.commonPartners, { a, b, origins: origins(via) }),

  shortestPath: (graph: Graph, from: string, to: string, via?: TieOrigin[]) =>
    graph.readOne<PathRow>(q.shortestPath, { from, to, origins: origins(via) }),

  intersectoralSummary: (graph: Graph, association: string) =>
    graph.read<Omit<IntersectoralCount, 'count'> & { count: number }>(q.intersectoralSummary, { association }),

  regionalCooperation: (graph: Graph, association: string, country: string | null, since: string | null) =>
    graph.readOne<RegionalRow>(q.regionalCooperation, { association, country, since }),
};
