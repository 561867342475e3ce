import type { Graph } from '../../neo4j/run';
import type { PageRequest } from '../../shared/pagination';
import type { TieOrigin } from './tie.type';
import { pathOf, regionalCooperationOf } from './partnership.assemble';
import { partnershipRepository as repo, type PartnersOfShape } from './partnership.repository';
import type { CommonPartner, IntersectoralCount, PartnerAtDistance, Path, RegionalCooperation } from './partnership.type';

/** The partnership analyses: each reads its rows with one query (partnership.repository.ts) and assembles them (pure). */
export const partnershipAnalyses = {
  /** One page of the organizations within `depth` ties of one, nearest first, and how many were reached in all. */
  async partnersOf(
    graph: Graph,
    organization: string,
    depth: number,
    via: TieOrigin[] | undefined,
    request: PageRequest,
    shape: PartnersOfShape,
  ): Promise<{ totalCount: number; rows: PartnerAtDistance[] }> {
    return repo.partnersOf(graph, organization, depth, via, request, shape);
  },

  commonPartners: (graph: Graph, a: string, b: string, via?: TieOrigin[]): Promise<CommonPartner[]> =>
    repo.commonPartners(graph, a, b, via),

  async shortestPath(graph: Graph, from: string, to: string, via?: TieOrigin[]): Promise<Path | null> {
    const row = await repo.shortestPath(graph, from, to, via);
    return row === null ? null : pathOf(row);
  },

  intersectoralSummary: (graph: Graph, association: string): Promise<IntersectoralCount[]> => repo.intersectoralSummary(graph, association),

  async regionalCooperation(
    graph: Graph,
    association: string,
    country: string | null,
    since: string | null,
  ): Promise<RegionalCooperation & { tieCount: number }> {
    return regionalCooperationOf(await repo.regionalCooperation(graph, association, country, since));
  },
};
