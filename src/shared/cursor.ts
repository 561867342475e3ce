/**
 * Keyset cursors for Relay connections. A cursor carries the sort key of the last row
 * (never an offset), so pages stay stable when rows are inserted before it.
 */
export type CursorValue = string | number | null;

export interface CursorKey {
  /** The sort order the cursor was made for, e.g. "NAME_ASC". */
  order: string;
  /** The row's sort values, in sort order. */
  key: CursorValue[];
  /** The row's unique id, the final tie-breaker. */
  id: string;
}

export const MAX_CURSOR_LENGTH = 512;
const VERSION = 'c1';

export class InvalidCursorError extends Error {
  constructor(reason: string) {
    super(`Invalid cursor: ${reason}`);
    this.name = 'InvalidCursorError';
  }
}

function isCursorValue(v: unknown): v is CursorValue {
  return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

/**
 * Throws RangeError on values JSON cannot round-trip (NaN, Infinity) or when the result
 * would exceed MAX_CURSOR_LENGTH, since decodeCursor would reject such a cursor anyway.
 */
export function encodeCursor(c: CursorKey): string {
  if (!c.key.every(isCursorValue)) throw new RangeError('Cursor key values must be finite');
  const json = JSON.stringify([VERSION, c.order, c.key, c.id]);
  const cursor = Buffer.from(json, 'utf8').toString('base64url');
  if (cursor.length > MAX_CURSOR_LENGTH) {
    throw new RangeError(`Cursor is ${cursor.length} chars, over ${MAX_CURSOR_LENGTH}`);
  }
  return cursor;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError('not base64url');
  const bytes = Buffer.from(cursor, 'base64url');
  // Buffer decoding is lenient; only the canonical spelling of the bytes is accepted.
  if (bytes.toString('base64url') !== cursor) throw new InvalidCursorError('not base64url');
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw new InvalidCursorError('not JSON');
  }
}

export function decodeCursor(cursor: string, expectedOrder: string): CursorKey {
  if (typeof cursor !== 'string' || cursor.length === 0) throw new InvalidCursorError('empty');
  if (cursor.length > MAX_CURSOR_LENGTH) throw new InvalidCursorError('too long');
  const data = parseJson(cursor);
  if (!Array.isArray(data)) throw new InvalidCursorError('malformed');
  if (data[0] !== VERSION) throw new InvalidCursorError('unknown version');
  const [, order, key, id] = data as unknown[];
  const wellFormed =
    data.length === 4 && typeof order === 'string' && Array.isArray(key) && key.every(isCursorValue) && typeof id === 'string' && id !== '';
  if (!wellFormed) throw new InvalidCursorError('malformed');
  if (order !== expectedOrder) {
    throw new InvalidCursorError(`made for order ${JSON.stringify(order)}, not ${JSON.stringify(expectedOrder)}`);
  }
  return { order, key: [...key], id };
}
