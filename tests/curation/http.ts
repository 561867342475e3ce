import crypto from 'node:crypto';
import { SignJWT } from 'jose';
import type { Driver } from 'neo4j-driver';
import { loadDataset } from '../../src/dataset/load';
import type { Graph } from '../../src/neo4j/run';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

// The curation API tests' shared setup: the fixture Neo4j loaded with the real dataset (writes never touch the graph
// the other tests read), the real server over it, and callers with real tokens (HS256) or an API key.

export const secret = 'curation-test-secret-of-thirty-two-chars';
export const apiKey = 'curation-editor-key';

export type Answer<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions: { code: string; argumentPath?: string[]; [k: string]: unknown } }[];
};

export interface CurationServer {
  driver: Driver;
  graph: Graph;
  server: TestServer;
  /** A GraphQL request over HTTP with these headers (credentials). */
  // The answers are checked by value against literal expectations; typing each shape would only restate them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  as(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Answer<any>>;
  stop(): Promise<void>;
}

/** An HS256 token for this subject and these roles, as `npm run token` prints one. */
export async function tokenFor(sub: string, roles: string[]): Promise<Record<string, string>> {
  const jwt = await new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret));
  return { authorization: `Bearer ${jwt}` };
}

export async function startCurationServer(): Promise<CurationServer> {
  const driver = fixtureDriver();
  const graph = await resetFixtures(driver);
  await loadDataset(graph);
  const server = await startTestServer({
    uri: process.env.NKSS_TEST_FIXTURE_URI,
    nodeEnv: 'production',
    env: { AUTH_JWT_SECRET: secret, AUTH_API_KEYS: `script:editor:${crypto.createHash('sha256').update(apiKey).digest('hex')}` },
  });
  return {
    driver,
    graph,
    server,
    async as(headers, query, variables = {}) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}
