import { cypher } from '../../neo4j/cypher';
import { toCypherInt } from '../../neo4j/convert';
import type { Graph } from '../../neo4j/run';
import { asInstances, instanceWith } from '../../shared/instances';
import { Organization } from '../organizations/organization.type';
import { SearchHit, SearchKind } from './search.type';

const q = { fulltext: cypher('search/fulltext') };

const labelOf: Record<SearchKind, string> = {
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  CITY: 'City',
  EVENT: 'Event',
  PROGRAMME: 'Programme',
  COUNTRY: 'Country',
};
const kindOf = new Map(Object.entries(labelOf).map(([kind, label]) => [label, kind as SearchKind]));

export const searchRepository = {
  /**
   * `query` is a Lucene query over the normalized search key (see shared/search-key.ts). An organization hit comes with
   * its whole row, or, with `organizationRows` false, only its id, slug, name and isAssociation (never primed anywhere).
   */
  async search(graph: Graph, query: string, kinds: SearchKind[] | null, limit: number, organizationRows = true): Promise<SearchHit[]> {
    const rows = await graph.read<{ label: string; key: string; name: string; score: number; organization: Organization | null }>(
      q.fulltext,
      {
        query,
        labels: kinds === null ? null : kinds.map((k) => labelOf[k]),
        limit: toCypherInt(limit),
        rows: organizationRows,
      },
    );
    asInstances(
      Organization,
      rows.map((r) => r.organization),
    );
    // Instances, so that SearchHit.node is called directly (src/shared/lean-resolvers.ts), not through TypeGraphQL's wrapper.
    return rows.map((r) =>
      instanceWith(SearchHit, {
        kind: kindOf.get(r.label) ?? SearchKind.ORGANIZATION,
        key: r.key,
        name: r.name,
        score: r.score,
        organization: r.organization ?? undefined,
      }),
    );
  },
};
