import type { ClassType } from 'type-graphql';
import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import { asInstances } from '../../shared/instances';
import { Association, Goal, MembershipReport } from '../association/association.type';
import { Source } from '../common/citation.type';
import { Agreement, Event, Programme } from '../events/event.type';
import { Organization } from '../organizations/organization.type';
import { Person } from '../people/person.type';
import { BoardRole } from '../roles/role.type';
import { Partnership } from '../partnerships/partnership.type';
import { City, Country, District, Region } from '../places/place.type';
import { parseNodeId, type DatasetIdKind, type KeyedType } from './node-id';
import { nodeRepository as repo } from './node.repository';
import { createRetractedLoaders, type RetractedLoaders } from './retracted.loaders';

interface Loads<V> {
  load(key: string): Promise<V | null>;
}

/** The loaders of the other domains that `node` reads through (src/graph/loaders.ts hands them over). */
export interface NodeSources {
  organizationById: Loads<Organization>;
  personById: Loads<Person>;
  sourceById: Loads<Source>;
  cityBySlug: Loads<City>;
  districtBySlug: Loads<District>;
  regionBySlug: Loads<Region>;
  countryByCode: Loads<Country>;
  eventBySlug: Loads<Event>;
  programmeBySlug: Loads<Programme>;
  partnershipById: Loads<Partnership>;
}

/** A row as an instance of its GraphQL class (Node's resolveType reads the class); the association as an Association. */
function typed<T extends object>(type: ClassType<T>, row: T | null): object | null {
  if (row === null) return null;
  if (row instanceof Organization && row.isAssociation) return Object.assign(Object.create(Association.prototype) as Association, row);
  asInstances(type, [row]);
  return row;
}

export function createNodeLoaders(graph: Graph, sources: NodeSources) {
  const goalByCode = keyedLoader<string, Goal | null>((keys) => repo.goalsByCodes(graph, keys), null);
  const membershipReportById = keyedLoader<string, MembershipReport | null>((keys) => repo.membershipReportsByIds(graph, keys), null);
  const agreementById = keyedLoader<string, Agreement | null>((keys) => repo.agreementsByIds(graph, keys), null);
  const boardRoleById = keyedLoader<string, BoardRole | null>((keys) => repo.boardRolesByIds(graph, keys), null);

  const byKey: Record<KeyedType, (key: string) => Promise<object | null>> = {
    City: async (key) => typed(City, await sources.cityBySlug.load(key)),
    District: async (key) => typed(District, await sources.districtBySlug.load(key)),
    Region: async (key) => typed(Region, await sources.regionBySlug.load(key)),
    Country: async (key) => typed(Country, await sources.countryByCode.load(key)),
    Event: async (key) => typed(Event, await sources.eventBySlug.load(key)),
    Programme: async (key) => typed(Programme, await sources.programmeBySlug.load(key)),
    Goal: async (key) => typed(Goal, await goalByCode.load(key)),
  };
  const byId: Record<DatasetIdKind, (id: string) => Promise<object | null>> = {
    Organization: async (id) => typed(Organization, await sources.organizationById.load(id)),
    Person: async (id) => typed(Person, await sources.personById.load(id)),
    Source: async (id) => typed(Source, await sources.sourceById.load(id)),
    MembershipReport: async (id) => typed(MembershipReport, await membershipReportById.load(id)),
    Agreement: async (id) => typed(Agreement, await agreementById.load(id)),
    BoardRole: async (id) => typed(BoardRole, await boardRoleById.load(id)),
  };

  let retracted: RetractedLoaders | undefined;
  const retractedLoaders = (): RetractedLoaders => (retracted ??= createRetractedLoaders(graph));
  /**
   * Node id → the object it names (null when unknown or malformed). Each id asks the loader of its type, so the ids of
   * one request cost one query per type at most; an id that could be any dataset kind asks each (they are unique across
   * kinds) and takes the first found, in DATASET_ID_KINDS order.
   */
  const node = async (id: string): Promise<object | null> => {
    const key = parseNodeId(id);
    if (key === null) return null;
    if (key.kind === 'keyed') return byKey[key.type](key.key);
    if (key.kind === 'partnership') return typed(Partnership, await sources.partnershipById.load(key.id));
    const found = await Promise.all(key.candidates.map((kind) => byId[kind](key.id)));
    return found.find((row) => row !== null) ?? null;
  };

  return {
    goalByCode,
    membershipReportById,
    agreementById,
    boardRoleById,
    node,
    /** The loaders of retracted records, made on the request's first lookup with includeRetracted. */
    retracted: retractedLoaders,
    /** node(id), or when no live record has the id, the retracted record that had it (includeRetracted). */
    async nodeOrRetracted(id: string): Promise<object | null> {
      return (await node(id)) ?? retractedLoaders().node(id);
    },
  };
}
