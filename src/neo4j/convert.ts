import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isPoint, isRelationship, type Integer } from 'neo4j-driver';

/** Plain JS shape of a value coming back from the driver. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Driver values to plain JS, once, at the repository boundary. Lists and maps the driver decoded are converted in place
 * (they belong to the caller and nothing else holds them): a page of ties is thousands of values, and copying each list
 * and map would double what the garbage collector has to clear.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value as Plain[];
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map as Record<string, Plain>;
  }
  if (isInt(value)) return toSafeNumber(value);
  if (typeof value === 'bigint') return toSafeNumber(neo4j.int(value));
  if (isNode(value) || isRelationship(value)) return toPlain({ ...value.properties });
  if (isPoint(value)) return { latitude: value.y, longitude: value.x };
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return value.toString();
  if (typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  throw new TypeError(`Unsupported value from Neo4j: ${typeof value}`);
}

function toSafeNumber(value: Integer): number {
  if (!value.inSafeRange()) throw new RangeError(`Integer ${value.toString()} is outside the safe range`);
  return value.toNumber();
}

/** SKIP/LIMIT must reach Cypher as integers, not floats. */
export function toCypherInt(value: number): Integer {
  return neo4j.int(value);
}
