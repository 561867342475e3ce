import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import pino from 'pino';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j';

type Answer = { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] };
type LogLine = { level: number; msg: string; [key: string]: unknown };

const LIMIT_SETTINGS = `CALL dbms.listConfig() YIELD name, value
  WHERE name IN ['db.transaction.timeout', 'db.memory.transaction.max'] RETURN name, value ORDER BY name`;

async function settings(driver: Driver): Promise<Record<string, string>> {
  // Its own timeout: under db.transaction.timeout 1s a busy machine could stop this one too.
  const { records } = await driver.executeQuery(LIMIT_SETTINGS, {}, { transactionConfig: { timeout: 60_000 } });
  return Object.fromEntries(records.map((r) => [r.get('name') as string, r.get('value') as string]));
}

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the app restarts the local Neo4j it started when it dies', () => {
  let home: string;
  let app: RunningApp;
  const logs: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line));
      done();
    },
  });

  async function post(query: string): Promise<{ status: number; retryAfter: string | null; body: Answer; ms: number }> {
    const started = Date.now();
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer, ms: Date.now() - started };
  }

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-supervised-'));
    const config = loadConfig({
      NEO4J_LOCAL_PORT: '0',
      NEO4J_LOCAL_DATA_DIR: home,
      NEO4J_LOCAL_HEAP: '512m',
      PORT: '0',
      NODE_ENV: 'production',
    });
    expect(config.neo4j.uri).toBeNull();
    expect(config.local.supervise).toBe(true);
    app = await startApp(config, pino({ level: 'info' }, stream));
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  test('the app started its own Neo4j with the configured transaction limits, and answers', async () => {
    expect(app.neo4jUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(app.localNeo4j?.pid()).toEqual(expect.any(Number));
    expect((await post('{ city(slug: "zajecar") { nameCyr } }')).body).toMatchObject({ data: { city: { nameCyr: 'Зајечар' } } });
    const driver = neo4j.driver(app.neo4jUri);
    try {
      expect(await settings(driver)).toEqual({ 'db.memory.transaction.max': '512.00MiB', 'db.transaction.timeout': '2m' });
    } finally {
      await driver.close();
    }
  });

  test('SIGKILL on the JVM: 503 SERVICE_UNAVAILABLE meanwhile, then answers again on the same port, logged', async () => {
    const pid = app.localNeo4j!.pid()!;
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    await until('the supervisor saw the JVM die', 10_000, () => (app.localNeo4j!.pid() === undefined ? true : undefined));

    const down = await post('{ regions { slug } }');
    expect(down.status).toBe(503);
    expect(down.retryAfter).toBe('5');
    expect(down.ms).toBeLessThan(6_000);
    expect(down.body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    const back = await until('a query answered again', 60_000, async () => {
      const answer = await post('{ regions { slug } }');
      return answer.status === 200 && answer.body.data ? answer : undefined;
    });
    const recoveredMs = Date.now() - killedAt;
    expect(back.body.data).toEqual({ regions: expect.arrayContaining([{ slug: 'region-vojvodine' }]) });
    expect(recoveredMs).toBeLessThan(60_000);
    process.stdout.write(`neo4j-supervised: SIGKILL to the first answer again: ${recoveredMs} ms\n`);

    expect(app.localNeo4j!.restarts).toBe(1);
    const newPid = app.localNeo4j!.pid();
    expect(newPid).toEqual(expect.any(Number));
    expect(newPid).not.toBe(pid);
    const port = Number(new URL(app.neo4jUri).port);
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'the local Neo4j died', pid, port, signal: 'SIGKILL', code: null }),
    );
    expect(logs).toContainEqual(expect.objectContaining({ level: 30, attempt: 1, delayMs: 1_000, port }));
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 30, msg: 'the local Neo4j restarted', attempt: 1, pid: newPid, restarts: 1 }),
    );
  }, 120_000);
});

describe('transaction limits of the local Neo4j', () => {
  let home: string;
  let local: LocalNeo4j;
  let driver: Driver;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-limits-'));
    local = await startLocalNeo4j({ port: 0, homeDir: home, heap: '512m', transactionTimeout: '1s', transactionMemoryMax: '10m' });
    driver = neo4j.driver(local.uri);
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
    await local?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  /** One auto-commit run: executeQuery would retry a transient error. */
  async function failure(query: string): Promise<{ code: string; ms: number }> {
    const session = driver.session();
    const started = Date.now();
    try {
      await session.run(query);
    } catch (error) {
      return { code: (error as { code: string }).code, ms: Date.now() - started };
    } finally {
      await session.close();
    }
    throw new Error(`${query} did not fail`);
  }

  test('the settings reach Neo4j; a launcher started without them keeps Neo4j’s defaults (no limit)', async () => {
    expect(await settings(driver)).toEqual({ 'db.memory.transaction.max': '10.00MiB', 'db.transaction.timeout': '1s' });
    // The fixture Neo4j of tests/global-setup.ts, started as the bench and synthetic tools start theirs.
    const plain = neo4j.driver(process.env.NKSS_TEST_FIXTURE_URI!);
    try {
      expect(await settings(plain)).toEqual({ 'db.memory.transaction.max': '0B', 'db.transaction.timeout': '0s' });
    } finally {
      await plain.close();
    }
  });

  test('a transaction past db.transaction.timeout is stopped', async () => {
    for (const query of ['UNWIND range(1, 10000000000) AS x WITH x WHERE x = -1 RETURN count(*)', 'CALL apoc.util.sleep(20000)']) {
      const { code, ms } = await failure(query);
      // Neo4j 5.26 reports its own db.transaction.timeout under the client-configuration code.
      expect(code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
      // Neo4j checks for timed-out transactions every 2 s (db.transaction.monitor.check.interval).
      expect(ms).toBeLessThan(6_000);
    }
  });

  test('a transaction over db.memory.transaction.max is stopped, and Neo4j keeps answering', async () => {
    const { code } = await failure('UNWIND range(1, 2000000) AS x RETURN collect(x)');
    expect(code).toBe('Neo.TransientError.General.MemoryPoolOutOfMemoryError');
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0].get('one')).toEqual(neo4j.int(1));
  });
});
