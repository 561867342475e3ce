import DataLoader from 'dataloader';
import type { Graph } from '../../neo4j/run';
import type { CursorKey } from '../../shared/cursor';
import { groupBy, keyedLoader, type KeyedRow } from '../../shared/batch';
import type { Places } from '../places/place.type';
import type { PlaceLoaders } from '../places/place.loaders';
import type { Membership } from '../memberships/membership.type';
import type { Organization } from './organization.type';
import {
  organizationRepository as repo,
  type EventLinkRow,
  type OrganizationDetail,
  type ParticipationRow,
  type TieColumnSet,
  type TiePageKey,
  type TieSources,
} from './organization.repository';
import type { TiePage } from '../partnerships/tie.type';

/** One organization's ties asked for: page size (one more than shown), origins (sorted; null = all) and cursor. */
export interface PartnerPageRequest {
  organizationId: string;
  limit: number;
  origins: readonly string[] | null;
  after: CursorKey | null;
  /** 'core' when the selection reads only the tie's origin and the partner's id, name and city. */
  columns: TieColumnSet;
  /** Whether totalCount is read (counting a hub's ties costs as much as paging them). */
  withTotal: boolean;
}

const partnerPageId = (r: PartnerPageRequest): string =>
  JSON.stringify([r.organizationId, r.limit, r.origins, r.after, r.columns, r.withTotal]);

function tiePageKey(r: PartnerPageRequest): TiePageKey {
  const [afterName, afterTieId] = r.after === null ? [null, null] : (r.after.key as [string, string]);
  return { organizationId: r.organizationId, afterName, afterPartnerId: r.after?.id ?? null, afterTieId };
}

/** One organization asked for by id or slug, with the lists its selection reads. */
export interface OrganizationDetailRequest {
  key: string;
  bySlug: boolean;
  detail: OrganizationDetail;
}

const detailShapeId = (r: OrganizationDetailRequest): string =>
  JSON.stringify([r.bySlug, r.detail.memberships, r.detail.programmes, r.detail.ties]);
const detailRequestId = (r: OrganizationDetailRequest): string => JSON.stringify([r.key, detailShapeId(r)]);

const tiePageKeyId = (k: TiePageKey): string => JSON.stringify([k.organizationId, k.afterName, k.afterPartnerId, k.afterTieId]);

export function createOrganizationLoaders(graph: Graph, places: PlaceLoaders) {
  // Organizations come with the places of their cities, which prime the place loaders.
  const withPlaces = async (found: Promise<{ rows: KeyedRow<string, Organization>[]; places: Places }>) => {
    const { rows, places: read } = await found;
    places.primePlaces(read);
    return rows;
  };
  const byIds = (keys: readonly string[]) => withPlaces(repo.byIds(graph, keys, places.placeColumns()));
  const organizationById = keyedLoader<string, Organization | null>(byIds, null);
  const organizationBySlug = keyedLoader<string, Organization | null>(
    (keys) => withPlaces(repo.bySlugs(graph, keys, places.placeColumns())),
    null,
  );
  /** Puts organization rows read elsewhere (a page, a tie's partner) into the loaders. */
  const primeOrganizations = (rows: readonly Organization[]): void => {
    for (const row of rows) {
      organizationById.prime(row.id, row);
      organizationBySlug.prime(row.slug, row);
    }
  };
  const membershipsByMember = keyedLoader<string, Membership[]>((keys) => repo.membershipsByMembers(graph, keys), []);
  const participationsByOrganization = keyedLoader<string, ParticipationRow[]>(
    (keys) => repo.participationsByOrganizations(graph, keys),
    [],
  );
  /** A page of one organization's ties, by partner name; one query per distinct (page size, origins) at each level. */
  const partnerPages = new DataLoader<PartnerPageRequest, TiePage, string>(
    async (requests) => {
      const groups = groupBy(requests, (r) => JSON.stringify([r.limit, r.origins, r.columns, r.withTotal]));
      const pages = new Map<string, TiePage>();
      await Promise.all(
        groups.map(async (group) => {
          const keys = group.map(tiePageKey);
          const found = await repo.partnersByOrganizations(graph, keys, group[0], places.placeColumns());
          places.primePlaces(found.places);
          const byKey = new Map(found.pages.map((row) => [tiePageKeyId(row.key), row.value]));
          for (const [i, request] of group.entries()) {
            const page = byKey.get(tiePageKeyId(keys[i])) ?? { ties: [], totalCount: group[0].withTotal ? 0 : null };
            // A core partner lacks fields other selections read: it stays out of the organization loaders.
            if (group[0].columns === 'full') primeOrganizations(page.ties.flatMap((tie) => (tie.partner ? [tie.partner] : [])));
            pages.set(partnerPageId(request), page);
          }
        }),
      );
      return requests.map((request) => pages.get(partnerPageId(request))!);
    },
    { cacheKeyFn: partnerPageId },
  );
  /**
   * Organizations with the lists their selection reads, in one query per kind of request (by id or slug, which lists):
   * the rows, their memberships, programmes and first tie pages prime the loaders those fields read. Null when there is no
   * such one.
   */
  const organizationDetail = new DataLoader<OrganizationDetailRequest, Organization | null, string>(
    async (requests) => {
      const groups = groupBy(requests, detailShapeId);
      const found = new Map<string, Organization>();
      await Promise.all(
        groups.map(async (group) => {
          const { bySlug, detail } = group[0];
          const result = await repo.detail(
            graph,
            group.map((r) => r.key),
            bySlug,
            detail,
            places.placeColumns(),
          );
          places.primePlaces(result.places);
          primeOrganizations(result.rows.map((row) => row.value));
          for (const row of result.rows) {
            if (detail.memberships) membershipsByMember.prime(row.value.uid, row.memberships);
            if (detail.programmes) participationsByOrganization.prime(row.value.id, row.programmes);
            if (detail.ties !== null && row.tiePage !== null) {
              const { limit, origins, withTotal } = detail.ties;
              partnerPages.prime({ organizationId: row.value.id, limit, origins, after: null, columns: 'core', withTotal }, row.tiePage);
            }
            found.set(detailRequestId({ key: row.key, bySlug, detail }), row.value);
          }
        }),
      );
      return requests.map((request) => found.get(detailRequestId(request)) ?? null);
    },
    { cacheKeyFn: detailRequestId },
  );
  return {
    /** Organization id → organization (null when unknown). */
    organizationById,
    organizationBySlug,
    /** Organization id → its whole row, for rows read with their core only (a tie's partner). */
    organizationDetailsById: keyedLoader<string, Organization | null>(byIds, null),
    /** Tie id → its citations, for ties read without them. */
    tieSourcesById: keyedLoader<string, TieSources | null>((keys) => repo.tieSourcesByIds(graph, keys), null),
    primeOrganizations,
    /** Member uid → memberships, oldest first. */
    membershipsByMember,
    organizationDetail,
    partnerPages,
    eventsByOrganization: keyedLoader<string, EventLinkRow[]>((keys) => repo.eventsByOrganizations(graph, keys), []),
    participationsByOrganization,
  };
}
