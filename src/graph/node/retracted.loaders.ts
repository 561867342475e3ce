import type { Graph } from '../../neo4j/run';
import { keyedLoader, type KeyedRow } from '../../shared/batch';
import { asInstances } from '../../shared/instances';
import { Event, Programme } from '../events/event.type';
import { Organization } from '../organizations/organization.type';
import { Person } from '../people/person.type';
import { City, Country, District, Region } from '../places/place.type';
import { KEYED_TYPES, parseNodeId, keyedNodeId, type KeyedType } from './node-id';
import { retractedRepository as repo } from './retracted.repository';
import { RetractedNode } from './retracted.type';

/** The node id a retracted node had when live: "Type:key" for the types keyed by slug or code, else its dataset id. */
const liveIdOf = (label: string, key: string): string =>
  (KEYED_TYPES as readonly string[]).includes(label) ? keyedNodeId(label as KeyedType, key) : key;

/** The uids a node id may name: one for a keyed type, one per kind a dataset id may be; none for a partnership's tie. */
function uidsOf(id: string): string[] {
  const key = parseNodeId(id);
  if (key === null || key.kind === 'partnership') return [];
  return key.kind === 'keyed' ? [`${key.type}:${key.key}`] : key.candidates.map((kind) => `${kind}:${key.id}`);
}

const slugOrId = (bySlug: boolean, key: string): string => `${bySlug ? 'slug' : 'id'}:${key}`;
type ByKey = { key: string; bySlug: boolean };

/**
 * Loaders of retracted records, each batch one UNWIND over a separate statement (retracted.repository.ts). They are
 * made on a request's first lookup with includeRetracted (node.loaders.ts), so other requests build none of them.
 */
export function createRetractedLoaders(graph: Graph) {
  const typed =
    <T extends object>(type: new () => T) =>
    async (rows: Promise<KeyedRow<string, T>[]>) => {
      const found = await rows;
      asInstances(
        type,
        found.map((r) => r.value),
      );
      return found;
    };
  const byKeys =
    <T extends object>(type: new () => T, read: (keys: readonly string[], bySlug: boolean) => Promise<KeyedRow<string, T>[]>) =>
    async (keys: readonly ByKey[]) => {
      const rows = await Promise.all(
        [false, true].map(async (bySlug) => {
          const asked = keys.filter((k) => k.bySlug === bySlug).map((k) => k.key);
          if (asked.length === 0) return [];
          return (await typed(type)(read(asked, bySlug))).map((r) => ({ key: { key: r.key, bySlug }, value: r.value }));
        }),
      );
      return rows.flat();
    };
  const nodeByUid = keyedLoader<string, RetractedNode | null>(async (uids) => {
    const rows = await repo.byUids(graph, uids);
    return rows.map(({ key, value: { label, ...retraction } }) => {
      const node = Object.assign(new RetractedNode(), { id: liveIdOf(label, retraction.key), type: label, retraction });
      return { key, value: node };
    });
  }, null);
  const bySlug = <T extends object>(type: new () => T, read: (keys: readonly string[]) => Promise<KeyedRow<string, T>[]>) =>
    keyedLoader<string, T | null>((keys) => typed(type)(read(keys)), null);

  return {
    /** A retracted node record by a node id: the first of the uids it may name that is retracted. */
    async node(id: string): Promise<RetractedNode | null> {
      const found = await nodeByUid.loadMany(uidsOf(id));
      return found.find((n): n is RetractedNode => n instanceof RetractedNode) ?? null;
    },
    organization: keyedLoader<ByKey, Organization | null>(
      byKeys(Organization, (keys, s) => repo.organizations(graph, keys, s)),
      null,
      (k) => slugOrId(k.bySlug, k.key),
    ),
    person: keyedLoader<ByKey, Person | null>(
      byKeys(Person, (keys, s) => repo.people(graph, keys, s)),
      null,
      (k) => slugOrId(k.bySlug, k.key),
    ),
    cityBySlug: bySlug(City, (keys) => repo.cities(graph, keys)),
    districtBySlug: bySlug(District, (keys) => repo.districts(graph, keys)),
    regionBySlug: bySlug(Region, (keys) => repo.regions(graph, keys)),
    countryByCode: bySlug(Country, (keys) => repo.countries(graph, keys)),
    eventBySlug: bySlug(Event, (keys) => repo.events(graph, keys)),
    programmeBySlug: bySlug(Programme, (keys) => repo.programmes(graph, keys)),
  };
}
export type RetractedLoaders = ReturnType<typeof createRetractedLoaders>;
