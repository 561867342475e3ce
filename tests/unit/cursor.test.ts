import { CursorKey, decodeCursor, encodeCursor, InvalidCursorError, MAX_CURSOR_LENGTH } from '../../src/shared/cursor';

const raw = (json: string): string => Buffer.from(json, 'utf8').toString('base64url');

function decodeError(cursor: string, expectedOrder = 'NAME_ASC'): InvalidCursorError {
  try {
    decodeCursor(cursor, expectedOrder);
  } catch (e) {
    if (e instanceof InvalidCursorError) return e;
    throw e;
  }
  throw new Error('expected decodeCursor to throw');
}

describe('encodeCursor / decodeCursor round trip', () => {
  it.each<CursorKey>([
    { order: 'NAME_ASC', key: ['Zaječar'], id: 'org-1' },
    { order: 'NAME_ASC', key: ['Зајечар', 'Ђорђе Њ'], id: 'org-2' },
    { order: 'DATE_DESC', key: [null, 2011, '2011-07'], id: 'ev/3' },
    { order: 'SCORE', key: [0.5, -3, 0], id: '00000000-0000-0000-0000-000000000000' },
    { order: 'NAME_ASC', key: ['"quotes" \\ and ]["'], id: 'x' },
    { order: 'ID', key: [], id: 'only-id' },
  ])('keeps %j', (c) => {
    const cursor = encodeCursor(c);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, c.order)).toEqual(c);
  });

  it('is deterministic and carries the version tag', () => {
    const c: CursorKey = { order: 'NAME_ASC', key: ['Reks'], id: 'o1' };
    expect(encodeCursor(c)).toBe(encodeCursor({ ...c }));
    expect(Buffer.from(encodeCursor(c), 'base64url').toString('utf8')).toBe('["c1","NAME_ASC",["Reks"],"o1"]');
  });

  it('refuses to encode values JSON cannot carry', () => {
    expect(() => encodeCursor({ order: 'X', key: [Number.NaN], id: 'a' })).toThrow(RangeError);
    expect(() => encodeCursor({ order: 'X', key: [Infinity], id: 'a' })).toThrow(RangeError);
  });

  it('refuses to encode a cursor decodeCursor would reject as too long', () => {
    expect(() => encodeCursor({ order: 'X', key: ['ш'.repeat(400)], id: 'a' })).toThrow(RangeError);
  });
});

describe('decodeCursor failures', () => {
  it('rejects an empty cursor', () => {
    expect(decodeError('').message).toMatch(/empty/);
  });

  it('rejects cursors longer than the limit', () => {
    const long = raw(JSON.stringify(['c1', 'NAME_ASC', ['a'.repeat(MAX_CURSOR_LENGTH)], 'x']));
    expect(long.length).toBeGreaterThan(MAX_CURSOR_LENGTH);
    expect(decodeError(long).message).toMatch(/too long/);
    expect(decodeError('A'.repeat(MAX_CURSOR_LENGTH + 1)).message).toMatch(/too long/);
  });

  it.each(['abc+def', 'abc/def', 'YWJj=', 'a b', 'ab\n', 'Zm9vYg'.slice(0, 5)])('rejects non-base64url %j', (cursor) => {
    expect(decodeError(cursor).message).toMatch(/not base64url/);
  });

  it('rejects non-canonical base64url', () => {
    // "YR" and "YQ" decode to the same byte; only the canonical form is accepted.
    expect(decodeError('YR').message).toMatch(/not base64url/);
  });

  it.each(['{', 'not json', '["c1",'])('rejects non-JSON %j', (json) => {
    expect(decodeError(raw(json)).message).toMatch(/not JSON/);
  });

  it('rejects invalid UTF-8', () => {
    const cursor = Buffer.from([0x5b, 0xff, 0x5d]).toString('base64url');
    expect(decodeError(cursor).message).toMatch(/not JSON/);
  });

  it.each(['["c2","NAME_ASC",[],"x"]', '["C1","NAME_ASC",[],"x"]', '[]', '[1,"NAME_ASC",[],"x"]'])('rejects wrong version %s', (json) => {
    expect(decodeError(raw(json)).message).toMatch(/version/);
  });

  it.each([
    '{"order":"NAME_ASC","key":[],"id":"x"}',
    '"c1"',
    'null',
    '["c1","NAME_ASC",[]]',
    '["c1","NAME_ASC",[],"x","extra"]',
    '["c1",1,[],"x"]',
    '["c1","NAME_ASC","a","x"]',
    '["c1","NAME_ASC",[{"a":1}],"x"]',
    '["c1","NAME_ASC",[true],"x"]',
    '["c1","NAME_ASC",[["nested"]],"x"]',
    '["c1","NAME_ASC",[],5]',
    '["c1","NAME_ASC",[],""]',
    '["c1","NAME_ASC",[],null]',
  ])('rejects wrong shape %s', (json) => {
    expect(decodeError(raw(json)).message).toMatch(/malformed/);
  });

  it('rejects a cursor made for another order', () => {
    const cursor = encodeCursor({ order: 'NAME_ASC', key: ['a'], id: 'x' });
    const err = decodeError(cursor, 'DATE_DESC');
    expect(err.message).toBe('Invalid cursor: made for order "NAME_ASC", not "DATE_DESC"');
    expect(err.name).toBe('InvalidCursorError');
    expect(err).toBeInstanceOf(Error);
  });
});
