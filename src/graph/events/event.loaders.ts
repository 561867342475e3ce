import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import type { Membership } from '../memberships/membership.type';
import type { Agreement, Event, Participation, Programme } from './event.type';
import { eventRepository as repo } from './event.repository';

export function createEventLoaders(graph: Graph) {
  return {
    eventBySlug: keyedLoader<string, Event | null>((keys) => repo.bySlugs(graph, keys), null),
    admittedByEvent: keyedLoader<string, Membership[]>((keys) => repo.admittedByEvents(graph, keys), []),
    organizersByEvent: keyedLoader<string, string[]>((keys) => repo.organizersByEvents(graph, keys), []),
    agreementsByEvent: keyedLoader<string, Agreement[]>((keys) => repo.agreementsByEvents(graph, keys), []),
    programmeBySlug: keyedLoader<string, Programme | null>((keys) => repo.programmesBySlugs(graph, keys), null),
    participantsByProgramme: keyedLoader<string, Participation[]>((keys) => repo.participantsByProgrammes(graph, keys), []),
  };
}
