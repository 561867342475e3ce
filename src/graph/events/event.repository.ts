import { cypher } from '../../neo4j/cypher';
import { toCypherInt } from '../../neo4j/convert';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { Membership } from '../memberships/membership.type';
import type { Agreement, Event, EventKind, EventStatus, Participation, Programme } from './event.type';

const q = {
  bySlugs: cypher('events/by-slugs'),
  timeline: cypher('events/timeline'),
  admittedByEvents: cypher('events/admitted-by-events'),
  organizersByEvents: cypher('events/organizers-by-events'),
  agreementsByEvents: cypher('events/agreements-by-events'),
  programmesBySlugs: cypher('events/programmes-by-slugs'),
  participantsByProgrammes: cypher('events/participants-by-programmes'),
  programmes: cypher('events/programmes'),
};

export interface TimelineFilter {
  kinds: EventKind[] | null;
  status: EventStatus | null;
  from: string | null;
  to: string | null;
  city: string | null;
  limit: number;
}

export const eventRepository = {
  bySlugs: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Event>>(q.bySlugs, { keys }),
  async timeline(graph: Graph, filter: TimelineFilter): Promise<string[]> {
    const rows = await graph.read<{ slug: string }>(q.timeline, { ...filter, limit: toCypherInt(filter.limit) });
    return rows.map((r) => r.slug);
  },
  admittedByEvents: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Membership[]>>(q.admittedByEvents, { keys }),
  organizersByEvents: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, string[]>>(q.organizersByEvents, { keys }),
  agreementsByEvents: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Agreement[]>>(q.agreementsByEvents, { keys }),
  programmesBySlugs: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Programme>>(q.programmesBySlugs, { keys }),
  participantsByProgrammes: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, Participation[]>>(q.participantsByProgrammes, { keys }),
  async programmeSlugs(graph: Graph): Promise<string[]> {
    return (await graph.read<{ slug: string }>(q.programmes)).map((r) => r.slug);
  },
};
