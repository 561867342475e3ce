import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import { partnershipRepository as repo } from './partnership.repository';
import type { Partnership } from './partnership.type';

export function createPartnershipLoaders(graph: Graph) {
  return {
    /** Tie id "origin|via|idA|idB" → the tie (null when there is none). */
    partnershipById: keyedLoader<string, Partnership | null>((keys) => repo.byIds(graph, keys), null),
  };
}
