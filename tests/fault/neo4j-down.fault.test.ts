import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j';

// Its own Neo4j, with a password, reached through the same variables docker-compose.yml gives the API.
const password = 'compose-path-secret';
let home: string;
let port: number;
let neo4j: LocalNeo4j;
let app: RunningApp;

type Answer = { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] };

async function post(query: string): Promise<{ status: number; retryAfter: string | null; body: Answer; ms: number }> {
  const started = Date.now();
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer, ms: Date.now() - started };
}

async function gql(query: string): Promise<Answer> {
  return (await post(query)).body;
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-down-'));
  port = await findFreePort();
  neo4j = await startLocalNeo4j({ port, homeDir: home, heap: '512m', password });
  const config = loadConfig({
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: 'neo4j',
    PORT: '0',
    NODE_ENV: 'production',
  });
  app = await startApp(config, createLogger({ logLevel: 'silent' }));
}, 180_000);

afterAll(async () => {
  await app.stop();
  await neo4j.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test('with NEO4J_URI, user, password and database set, the app migrates, loads the dataset and answers', async () => {
  expect(app.neo4jUri).toBe(neo4j.uri);
  expect(await gql('{ city(slug: "zajecar") { nameCyr } }')).toMatchObject({ data: { city: { nameCyr: 'Зајечар' } } });
});

test('Neo4j down: SERVICE_UNAVAILABLE, the server keeps running, and it recovers when Neo4j is back', async () => {
  await neo4j.stop();
  // A page, its nested places and an analytics field: every kind of read fails the same quick, coded way.
  for (const query of [
    '{ regions { slug } }',
    '{ organizations(first: 5) { nodes { name city { name } } } }',
    '{ changes(from: "2011-01-01", to: "2012-01-01") { membersAdmittedCount } }',
  ]) {
    const down = await post(query);
    expect(down.status).toBe(503);
    expect(down.retryAfter).toBe('5');
    expect(down.ms).toBeLessThan(6_000);
    expect(down.body.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.body.errors![0].message).toBe('The graph database is unavailable; try again shortly.');
    expect(JSON.stringify(down.body)).not.toMatch(/at .*\.js|Neo4jError|stack|http/);
  }
  expect((await fetch(app.url.replace('/graphql', '/health/ready'))).status).toBe(503);
  expect((await fetch(app.url.replace('/graphql', '/health/live'))).status).toBe(200);

  neo4j = await startLocalNeo4j({ port, homeDir: home, heap: '512m', password });
  const backAt = Date.now();
  // Back, the API plans its hot statements before it serves (src/neo4j/warm-up.ts); meanwhile it answers 503 quickly.
  // How long the planning takes depends on the machine's load (11 s once beside other jobs): the bound only stops the loop.
  let answer = await post('{ regions { slug } }');
  while (answer.status === 503 && Date.now() - backAt < 60_000) {
    expect(answer.ms).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 250));
    answer = await post('{ regions { slug } }');
  }
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ data: { regions: expect.arrayContaining([{ slug: 'region-vojvodine' }]) } });
}, 180_000);
