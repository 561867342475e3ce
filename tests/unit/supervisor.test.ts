import { backoffDelay, DEFAULT_BACKOFF } from '../../src/neo4j/supervisor';

test('restart backoff: 1 s, 2 s, 4 s … capped at 30 s', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 100].map((attempt) => backoffDelay(attempt))).toEqual([
    1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
  ]);
  expect(DEFAULT_BACKOFF).toEqual({ initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 });
  expect(backoffDelay(3, { initialMs: 10, maxMs: 25, resetAfterMs: 0 })).toBe(25);
});
