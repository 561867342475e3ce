/**
 * What a node id names. Types keyed by a slug or code have the id "Type:key", their graph `uid` ("City:beograd",
 * "Country:RS", "Goal:G01"); a partnership has its tie id "origin|via|idA|idB"; organizations, people, sources,
 * membership reports, agreements and board roles keep their dataset ids, which contain neither ":" nor "|" and are
 * unique across those kinds (src/dataset/validate.ts refuses a dataset that breaks either rule).
 */
export const KEYED_TYPES = ['City', 'District', 'Region', 'Country', 'Event', 'Programme', 'Goal'] as const;
export type KeyedType = (typeof KEYED_TYPES)[number];

/** The kinds whose `id` is a dataset id, in the order an id that could be any of them is looked for. */
export const DATASET_ID_KINDS = ['Organization', 'Person', 'Source', 'MembershipReport', 'Agreement', 'BoardRole'] as const;
export type DatasetIdKind = (typeof DATASET_ID_KINDS)[number];

/** Dataset ids that name one kind by their prefix (sources, reports, agreements and roles may not use these). */
export const ID_PREFIXES: Readonly<Record<string, DatasetIdKind>> = { 'org-': 'Organization', 'person-': 'Person' };

export type NodeKey =
  | { kind: 'keyed'; type: KeyedType; key: string }
  | { kind: 'partnership'; id: string }
  | { kind: 'dataset'; id: string; candidates: readonly DatasetIdKind[] };

const KEY = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** The node an id names, or null when it names none (a malformed id answers null like an unknown one). */
export function parseNodeId(id: string): NodeKey | null {
  if (id.includes('|')) return { kind: 'partnership', id };
  const colon = id.indexOf(':');
  if (colon >= 0) {
    const type = id.slice(0, colon);
    const key = id.slice(colon + 1);
    return (KEYED_TYPES as readonly string[]).includes(type) && KEY.test(key) ? { kind: 'keyed', type: type as KeyedType, key } : null;
  }
  if (!KEY.test(id)) return null;
  const prefixed = Object.entries(ID_PREFIXES).find(([prefix]) => id.startsWith(prefix));
  return { kind: 'dataset', id, candidates: prefixed ? [prefixed[1]] : DATASET_ID_KINDS };
}

/** The id of a row keyed by slug or code: its uid. */
export const keyedNodeId = (type: KeyedType, key: string): string => `${type}:${key}`;
