import { TieOrigin } from '../partnerships/tie.type';

/**
 * A tie's id is "origin|via|idA|idB" with idA sorting before idB (plain string order, as Cypher compares them); via is
 * the agreement id, network slug or programme slug, or a stored partnership's own id when it goes through nothing.
 * A step is the "origin|via" half, as the route queries return it.
 */
export function tieId(step: string, x: string, y: string): string {
  return x < y ? `${step}|${x}|${y}` : `${step}|${y}|${x}`;
}

/** A tie id with its two ends, as partnerships-by-ids.cypher finds it; null for a string that is no tie id. */
export function tieKey(id: string): { id: string; aId: string; bId: string } | null {
  const parts = id.split('|');
  if (parts.length !== 4 || !(parts[2] < parts[3])) return null;
  return { id, aId: parts[2], bId: parts[3] };
}

/** The origin of a step ("origin|via") or tie id. */
export function originOf(stepOrId: string): TieOrigin {
  const origin = stepOrId.split('|', 1)[0] as TieOrigin;
  if (!Object.values(TieOrigin).includes(origin)) throw new RangeError(`Not a tie step: ${stepOrId}`);
  return origin;
}

/** The ids of the ties on a route start → through… → target, given its steps in order. */
export function routeTieIds(startId: string, throughIds: readonly string[], targetId: string, steps: readonly string[]): string[] {
  const chain = [startId, ...throughIds, targetId];
  if (steps.length !== chain.length - 1) throw new RangeError(`A route of ${chain.length} organizations has ${chain.length - 1} steps`);
  return steps.map((step, i) => tieId(step, chain[i], chain[i + 1]));
}

/** Distinct values in first-seen order. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
