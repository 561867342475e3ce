import 'reflect-metadata';
import { Neo4jError, type Driver } from 'neo4j-driver';
import {
  isSharedMemoryPoolFull,
  QueryMemoryLimitError,
  QueryTimeoutError,
  ServiceUnavailableError,
  translateNeo4jError,
} from '../../src/errors';
import { Graph } from '../../src/neo4j/run';

// Neo4j 5.26 uses one code for both memory limits; the message names the setting that was reached.
const MEMORY_CODE = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
const alone = new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 10.0 MiB. Currently using 9.1 MiB. db.memory.transaction.max threshold reached',
  MEMORY_CODE,
  '',
  '',
);
const together = new Neo4jError(
  'The allocation of an extra 14.1 MiB would use more than the limit 716.8 MiB. Currently using 708.2 MiB. dbms.memory.transaction.total.max threshold reached',
  MEMORY_CODE,
  '',
  '',
);

describe('translateNeo4jError: memory', () => {
  it('a query over the per-transaction limit is RESOURCE_LIMIT: asking again cannot help', () => {
    expect(isSharedMemoryPoolFull(alone)).toBe(false);
    const translated = translateNeo4jError(alone);
    expect(translated).toBeInstanceOf(QueryMemoryLimitError);
    expect(translated).toMatchObject({ extensions: { code: 'RESOURCE_LIMIT', resource: 'queryMemory' } });
  });

  it('the pool all running queries share being full is SERVICE_UNAVAILABLE with Retry-After: the query may fit a moment later', () => {
    expect(isSharedMemoryPoolFull(together)).toBe(true);
    const translated = translateNeo4jError(together);
    expect(translated).toBeInstanceOf(ServiceUnavailableError);
    expect(translated).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'busy', resource: 'queryMemory', retryAfterSeconds: expect.any(Number) },
    });
  });

  it('the older per-transaction code stays RESOURCE_LIMIT, and a timeout is a timeout', () => {
    const limit = new Neo4jError('too much', 'Neo.TransientError.General.TransactionMemoryLimit', '', '');
    expect(isSharedMemoryPoolFull(limit)).toBe(false);
    expect(translateNeo4jError(limit)).toBeInstanceOf(QueryMemoryLimitError);
    const timedOut = new Neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', '');
    expect(translateNeo4jError(timedOut)).toBeInstanceOf(QueryTimeoutError);
  });
});

describe('Graph.read and the memory limits', () => {
  /** A driver whose sessions fail with `failures` in turn, then answer one row. */
  function driverFailing(failures: Error[]): { driver: Driver; runs: () => number } {
    let runs = 0;
    const session = {
      run: () => {
        runs += 1;
        const failure = failures[runs - 1];
        return failure === undefined ? Promise.resolve({ records: [{ toObject: () => ({ one: 1 }) }] }) : Promise.reject(failure);
      },
      lastBookmarks: () => [],
      close: () => Promise.resolve(),
    };
    return { driver: { session: () => session } as unknown as Driver, runs: () => runs };
  }

  it('runs a read again when the shared pool was full, and answers', async () => {
    const { driver, runs } = driverFailing([together]);
    await expect(new Graph(driver, undefined).read('RETURN 1 AS one')).resolves.toEqual([{ one: 1 }]);
    expect(runs()).toBe(2);
  });

  it('does not run again a read that was over its own limit', async () => {
    const { driver, runs } = driverFailing([alone]);
    await expect(new Graph(driver, undefined).read('RETURN 1 AS one')).rejects.toBeInstanceOf(QueryMemoryLimitError);
    expect(runs()).toBe(1);
  });
});
