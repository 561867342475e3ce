import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { startTestServer, type TestServer } from '../helpers/server';

// Its own throw-away Neo4j, so stopping it does not disturb the other test files.
let home: string;
let port: number;
let neo4j: LocalNeo4j;
let server: TestServer;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-down-'));
  port = await findFreePort();
  neo4j = await startLocalNeo4j({ port, homeDir: home, heap: '512m' });
  server = await startTestServer({ uri: neo4j.uri, nodeEnv: 'production' });
}, 180_000);

afterAll(async () => {
  await server.stop();
  await neo4j.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

test('Neo4j down: SERVICE_UNAVAILABLE, the server keeps running, and it recovers when Neo4j is back', async () => {
  expect(await server.gql('{ regions { slug } }')).toMatchObject({ data: { regions: [] } });

  await neo4j.stop();
  const down = await server.gql('{ regions { slug } }');
  expect(down.errors![0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(down.errors![0]!.message).toBe('The graph database is unavailable; try again shortly.');
  expect(JSON.stringify(down)).not.toMatch(/at .*\.js|Neo4jError|stack/);
  const ready = await fetch(server.url.replace('/graphql', '/health/ready'));
  expect(ready.status).toBe(503);
  expect((await fetch(server.url.replace('/graphql', '/health/live'))).status).toBe(200);

  neo4j = await startLocalNeo4j({ port, homeDir: home, heap: '512m' });
  expect(await server.gql('{ regions { slug } }')).toMatchObject({ data: { regions: [] } });
}, 180_000);
