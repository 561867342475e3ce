import { TieOrigin } from '../partnerships/tie.type';
import type { NetworkArgs } from './network.assemble';

/**
 * The key of one network: "association|asOf|ORIGIN,ORIGIN…" (asOf empty = ever; origins once each, in the enum's order),
 * then "|sample=k" for sampled betweenness and "|no-bridges" when the request selects no bridges.
 */
export function networkKey(
  association: string,
  asOf: string | null | undefined,
  via: readonly TieOrigin[] | null | undefined,
  options: { samplingSize?: number | null; bridges?: boolean } = {},
): string {
  // An argument given as null means the same as one left out.
  const origins = Object.values(TieOrigin).filter((origin) => via === undefined || via === null || via.includes(origin));
  const sample = options.samplingSize === undefined || options.samplingSize === null ? '' : `|sample=${options.samplingSize}`;
  return `${association}|${asOf ?? ''}|${origins.join(',')}${sample}${options.bridges === false ? '|no-bridges' : ''}`;
}

/** The arguments a network key was made from. */
export function parseKey(key: string): NetworkArgs {
  const [association = '', asOf = '', via = '', ...rest] = key.split('|');
  const sample = rest.find((part) => part.startsWith('sample='));
  return {
    association,
    asOf: asOf === '' ? null : asOf,
    via: via.split(',') as TieOrigin[],
    samplingSize: sample === undefined ? null : Number(sample.slice('sample='.length)),
    bridges: !rest.includes('no-bridges'),
  };
}
