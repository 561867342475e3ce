import crypto from 'node:crypto';
import net from 'node:net';
import { startTestServer, type TestServer } from '../helpers/server';

/** GraphQL over HTTP: every failure of the HTTP layer is a JSON body with a code and the status the spec gives. */
let server: TestServer;
let development: TestServer;
beforeAll(async () => {
  [server, development] = await Promise.all([startTestServer({ nodeEnv: 'production' }), startTestServer({ nodeEnv: 'development' })]);
});
afterAll(() => Promise.all([server.stop(), development.stop()]));

interface Answer {
  status: number;
  contentType: string;
  headers: Headers;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

async function send(url: string, init: RequestInit & { query?: Record<string, string> } = {}): Promise<Answer> {
  const target = new URL(url);
  for (const [name, value] of Object.entries(init.query ?? {})) target.searchParams.set(name, value);
  const res = await fetch(target, init);
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    headers: res.headers,
    body: text === '' ? {} : (JSON.parse(text) as Answer['body']),
  };
}

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  send(server.url, { method: 'POST', headers, body });

function expectJsonError(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toMatch(/^application\/json/);
  expect(answer.body.errors![0].extensions.code).toBe(code);
}

describe('POST bodies', () => {
  test('a body over 1 MB is 413 with a JSON body, the size and the limit', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
    const answer = await post(body);
    expectJsonError(answer, 413, 'RESOURCE_LIMIT');
    expect(answer.body.errors![0].extensions).toMatchObject({ resource: 'bodyBytes', limit: 1_048_576 });
  });

  test('malformed JSON is 400 with a JSON body, in production and (without a stack trace) in development', async () => {
    expectJsonError(await post('{"query": "{ __typename }"'), 400, 'BAD_REQUEST');
    const answer = await send(development.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expectJsonError(answer, 400, 'BAD_REQUEST');
    expect(JSON.stringify(answer.body)).not.toMatch(/at .*\.js|stacktrace/);
  });

  test.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['a latin1 charset', 'application/json; charset=latin1'],
    ['a UTF-16 charset', 'application/json; charset=utf-16'],
  ])('%s is 415 with a JSON body and is not run', async (_name, contentType) => {
    expectJsonError(await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': contentType }), 415, 'BAD_REQUEST');
  });

  test('no content-type is 415', async () => {
    expectJsonError(await post(JSON.stringify({ query: '{ __typename }' }), {}), 415, 'BAD_REQUEST');
  });

  test('application/json with charset utf-8, in any case, is run', async () => {
    for (const contentType of ['application/json; charset=utf-8', 'Application/JSON; charset="UTF-8"']) {
      const answer = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': contentType });
      expect([answer.status, answer.body.data]).toEqual([200, { __typename: 'Query' }]);
    }
  });

  test('a batch (a JSON array) is refused with a code', async () => {
    expectJsonError(await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])), 400, 'BAD_REQUEST');
  });
});

describe('POST /graphql, served from node:http, answers as the Express path does', () => {
  // Express serves /graphql/ (its router matches the trailing slash); the plain path goes straight to Apollo.
  const bothPaths = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
    const [direct, express] = await Promise.all(
      [server.url, `${server.url}/`].map(async (url) => {
        const answer = await send(url, { method: 'POST', headers, body });
        return { status: answer.status, contentType: answer.contentType, body: answer.body };
      }),
    );
    expect(direct).toEqual(express);
    return direct;
  };

  test.each([
    ['a query', JSON.stringify({ query: '{ association { name } }' }), 200],
    [
      'a query with variables and an operation name',
      JSON.stringify({
        query: 'query One($slug: String!) { city(slug: $slug) { name } }',
        variables: { slug: 'zajecar' },
        operationName: 'One',
      }),
      200,
    ],
    [
      'a variable of the wrong type',
      JSON.stringify({ query: 'query One($slug: String!) { city(slug: $slug) { name } }', variables: { slug: 7 } }),
      400,
    ],
    ['malformed JSON', '{"query": ', 400],
    ['a bare JSON string', '"{ __typename }"', 400],
    ['an empty body', '', 400],
    ['a body of spaces', '   ', 400],
    ['a byte order mark before the JSON', `\ufeff${JSON.stringify({ query: '{ __typename }' })}`, 200],
    ['a batch', JSON.stringify([{ query: '{ __typename }' }]), 400],
    ['no query', JSON.stringify({ variables: {} }), 400],
    ['brackets nested 10,000 deep', JSON.stringify({ query: `{ a${'('.repeat(10_000)} }` }), 400],
    ['Cyrillic and an injection attempt', JSON.stringify({ query: '{ organization(id: "Зајечар\' OR 1=1 //") { id } }' }), 200],
    ['a body over the limit', JSON.stringify({ query: '{ __typename }', variables: { padding: 'ж'.repeat(600_000) } }), 413],
  ])('%s', async (_name, body, status) => {
    const answer = await bothPaths(body);
    expect(answer.status).toBe(status);
    if (status !== 200) expect(answer.body.errors![0].extensions.code).toEqual(expect.any(String));
  });

  test('in the media type the client accepts', async () => {
    const answer = await bothPaths('{nope', { 'content-type': 'application/json', accept: 'application/graphql-response+json' });
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
  });

  test('a chunked body over the limit is refused without its length', async () => {
    const chunk = new TextEncoder().encode(`{"query":"{ __typename }","variables":{"p":"${'x'.repeat(64 * 1024)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const answer = await send(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectJsonError(answer, 413, 'RESOURCE_LIMIT');
    expect(answer.body.errors![0].extensions).toMatchObject({ bodyBytes: null, limit: 1_048_576 });
  });

  test('clients that leave halfway through their bodies get no answer and do not stop the next request', async () => {
    const { hostname, port } = new URL(server.url);
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(Number(port), hostname, () => {
          socket.write('POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":');
          setTimeout(() => socket.destroy(), 20);
        });
        socket.on('close', () => resolve()).on('error', reject);
      });
    }
    const answer = await post(JSON.stringify({ query: '{ association { name } }' }));
    expect([answer.status, answer.body.data]).toEqual([200, { association: { name: 'Nezavisna kulturna scena Srbije' } }]);
  });

  test('carries the request id it was given, or a new one', async () => {
    const given = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'study-42' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('study-42');
    const junk = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'not an id; DROP' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('methods', () => {
  test.each(['PUT', 'DELETE', 'PATCH'])('%s is 405 with Allow and a JSON body', async (method) => {
    const answer = await send(server.url, { method, headers: { 'content-type': 'application/json' }, body: '{}' });
    expectJsonError(answer, 405, 'BAD_REQUEST');
    expect(answer.headers.get('allow')).toBe('GET, POST');
  });

  test('HEAD is 405 with Allow and a JSON content type (a HEAD answer has no body)', async () => {
    const answer = await send(server.url, { method: 'HEAD' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, POST');
    expect(answer.contentType).toMatch(/^application\/json/);
  });

  test('GET runs a query, without any CSRF header', async () => {
    const answer = await send(server.url, { query: { query: '{ association { name } }' } });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ association: { name: 'Nezavisna kulturna scena Srbije' } });
  });

  test('GET with variables and an operation name', async () => {
    const answer = await send(server.url, {
      query: { query: 'query One($slug: String!) { city(slug: $slug) { name } }', variables: '{"slug":"zajecar"}', operationName: 'One' },
    });
    expect(answer.body.data).toEqual({ city: { name: 'Zaječar' } });
  });

  test('GET with a malformed query answers a parse error with a code', async () => {
    expectJsonError(await send(server.url, { query: { query: '{ association { name }' } }), 400, 'GRAPHQL_PARSE_FAILED');
  });

  test('GET with no query answers BAD_REQUEST', async () => {
    expectJsonError(await send(server.url, { headers: { accept: 'application/json' } }), 400, 'BAD_REQUEST');
  });

  test('GET with a mutation is refused, never run', async () => {
    const answer = await send(server.url, { query: { query: 'mutation { __typename }' } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors![0].extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_REQUEST/);
  });

  test('an unknown path is a JSON 404', async () => {
    expectJsonError(await send(server.url.replace('/graphql', '/nothing-here')), 404, 'NOT_FOUND');
  });
});

describe('application/graphql-response+json', () => {
  const accept = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

  test('is the content type when asked for, 200 with data', async () => {
    const answer = await post(JSON.stringify({ query: '{ __typename }' }), accept);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
  });

  test.each([
    ['a parse error', '{ association { name }', 'GRAPHQL_PARSE_FAILED'],
    ['a validation error', '{ association { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a resource limit', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'RESOURCE_LIMIT'],
  ])('%s is 400, in that content type', async (_name, query, code) => {
    const answer = await post(JSON.stringify({ query }), accept);
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
    expect(answer.body.errors![0].extensions.code).toBe(code);
  });

  test('HTTP-layer errors use it too', async () => {
    const answer = await post('{nope', accept);
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/graphql-response\+json/);
  });

  test('an unacceptable Accept is 406 with a code', async () => {
    const answer = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', accept: 'text/csv' });
    expect(answer.status).toBe(406);
    expect(answer.body.errors![0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('automatic persisted queries', () => {
  const query = '{ city(slug: "novi-pazar") { name } }';
  const sha256Hash = crypto.createHash('sha256').update(query).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash } };

  test('a miss answers PERSISTED_QUERY_NOT_FOUND, the retry with the query succeeds, then the hash alone does', async () => {
    const miss = await post(JSON.stringify({ extensions: persisted }));
    expect(miss.body.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.body.errors![0].message).toBe('PersistedQueryNotFound');

    const register = await post(JSON.stringify({ query, extensions: persisted }));
    expect(register.body).toMatchObject({ data: { city: { name: 'Novi Pazar' } } });

    const hit = await post(JSON.stringify({ extensions: persisted }));
    expect(hit.body).toMatchObject({ data: { city: { name: 'Novi Pazar' } } });
    const hitByGet = await send(server.url, { query: { extensions: JSON.stringify(persisted) } });
    expect(hitByGet.body).toMatchObject({ data: { city: { name: 'Novi Pazar' } } });
  });

  test('a hash that does not match its query is BAD_REQUEST, not an internal error', async () => {
    const answer = await post(JSON.stringify({ query: '{ __typename }', extensions: persisted }));
    expectJsonError(answer, 400, 'BAD_REQUEST');
  });
});

describe('field suggestions', () => {
  const typo = JSON.stringify({ query: '{ organizaitons { totalCount } association { nme } }' });

  test('production validation messages name no fields that were not asked for', async () => {
    const answer = await post(typo);
    expect(answer.body.errors!.map((e) => e.message)).toEqual([
      'Cannot query field "organizaitons" on type "Query".',
      'Cannot query field "nme" on type "Association".',
    ]);
  });

  test('development keeps the suggestions', async () => {
    const answer = await send(development.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typo });
    expect(answer.body.errors![0].message).toMatch(/Did you mean "organizations"/);
  });
});
