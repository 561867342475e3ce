import type { Driver } from 'neo4j-driver';
import { SignJWT } from 'jose';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

// POST /admin/import over real HTTP with real tokens, into the emptied fixture Neo4j; every record is synthetic.
const secret = 'admin-import-test-secret-of-32-chars!';
let driver: Driver;
let server: TestServer;
let importUrl: string;

const token = async (sub: string, roles: string[]) =>
  `Bearer ${await new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret))}`;

async function post(body: string, headers: Record<string, string>, query = '') {
  const res = await fetch(`${importUrl}${query}`, { method: 'POST', headers, body });
  // The answers are checked by value against literal expectations; typing each shape would only restate them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const patch = {
  sources: [
    {
      id: 'syn-http-source',
      url: 'https://example.org/synthetic/http',
      title: 'Synthetic HTTP import source',
      publisher: null,
      language: 'en',
      primary: false,
    },
  ],
  organizations: [
    {
      id: 'syn-http-1',
      slug: 'syn-http-1',
      name: 'Synthetic HTTP One',
      aliases: [],
      kind: null,
      sector: null,
      disciplines: [],
      founded: null,
      website: null,
      city: null,
      country: null,
      sources: [{ source: 'syn-http-source', quote: null }],
    },
  ],
};
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  driver = fixtureDriver();
  await resetFixtures(driver);
  server = await startTestServer({ uri: process.env.NKSS_TEST_FIXTURE_URI, env: { AUTH_JWT_SECRET: secret } });
  importUrl = server.url.replace(/\/graphql$/, '/admin/import');
}, 120_000);

afterAll(async () => {
  await server.stop();
  await driver.close();
});

test('without credentials: 401 UNAUTHENTICATED; an editor: 403 FORBIDDEN; nothing written', async () => {
  expect(await post(JSON.stringify(patch), json)).toEqual({
    status: 401,
    body: { code: 'UNAUTHENTICATED', message: 'POST /admin/import needs credentials (a token or an API key).' },
  });
  const editor = await post(JSON.stringify(patch), { ...json, authorization: await token('ed', ['editor']) });
  expect(editor).toEqual({
    status: 403,
    body: { code: 'FORBIDDEN', needed: ['admin'], held: ['editor'], message: 'POST /admin/import needs the role admin.' },
  });
  const bad = await post(JSON.stringify(patch), { ...json, authorization: 'Bearer not.a.jwt' });
  expect(bad.status).toBe(401);
  const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
  expect(records[0].get('n')).toEqual(expect.objectContaining({ low: 0 }));
});

test('an admin imports JSON: the report, the writer recorded; a dry run of a change writes nothing', async () => {
  const admin = { ...json, authorization: await token('ada', ['admin']) };
  const answer = await post(JSON.stringify(patch), admin);
  expect(answer).toEqual({
    status: 200,
    body: {
      dryRun: false,
      files: ['request body'],
      records: 2,
      batches: 1,
      sections: {
        sources: { added: ['syn-http-source'], changed: [], unchanged: 0 },
        organizations: { added: ['syn-http-1'], changed: [], unchanged: 0 },
      },
    },
  });
  const dry = await post(
    JSON.stringify({ organizations: [{ ...patch.organizations[0], name: 'Synthetic HTTP Renamed' }] }),
    admin,
    '?dryRun=true',
  );
  expect(dry.body.sections).toEqual({ organizations: { added: [], changed: [{ key: 'syn-http-1', fields: ['name'] }], unchanged: 0 } });
  const { records } = await driver.executeQuery(
    'MATCH (o:Organization {id: "syn-http-1"}) RETURN o.name AS name, o.createdBy AS by, [(c:Change)-->(o) | c.by] AS changes',
  );
  expect(records[0].toObject()).toEqual({ name: 'Synthetic HTTP One', by: 'ada', changes: ['ada'] });
});

test('an admin imports one section as CSV; bad rows answer 400 with every problem', async () => {
  const csv = { 'content-type': 'text/csv', authorization: await token('ada', ['admin']) };
  const header = 'id,slug,name,sources\n';
  const good = await post(
    `${header}syn-http-2,syn-http-2,Synthetic HTTP Two,syn-http-source|a synthetic quote\n`,
    csv,
    '?section=organizations',
  );
  expect(good.body.sections).toEqual({ organizations: { added: ['syn-http-2'], changed: [], unchanged: 0 } });
  const bad = await post(`${header}syn-http-3,syn-http-3,,nowhere|q\n`, csv, '?section=organizations');
  expect(bad).toEqual({
    status: 400,
    body: {
      code: 'BAD_USER_INPUT',
      message: 'The import was refused; nothing was written.',
      problems: [
        { file: 'request body', path: 'row 2', field: 'name', message: 'must be a non-empty string' },
        { file: 'request body', path: 'row 2', field: 'sources', message: 'sources[0].source: unknown source "nowhere"' },
      ],
    },
  });
  const unnamed = await post(header, csv);
  expect(unnamed.body.problems).toEqual([
    { file: 'request body', path: '$', field: null, message: 'is not named after a section of the dataset (e.g. organizations.csv)' },
  ]);
});
