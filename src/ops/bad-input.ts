import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  asGraphql,
  environmentNotes,
  firstErrorCode,
  gql,
  log,
  markdownTable,
  parseArgs,
  request,
  runScript,
  target,
  writeResults,
  type Answer,
  type Target,
} from './common';

/**
 * `npm run ops:bad-input`: hostile requests, one at a time, each judged by the HTTP status and
 * `errors[0].extensions.code` expected for it (from the README's error table and GraphQL over HTTP), and failed
 * whatever its status when anything in the body looks like a stack trace or an internal error. Exit code 1 when a case
 * fails.
 */

const USAGE = `usage: ops:bad-input [--url http://host:port/graphql] [--data-dir .data/ops-neo4j]`;

/** What must never reach a client: a stack frame, the driver's error class, Apollo's stacktrace extension. */
const LEAK = /at .*\.(js|ts):\d+|Neo4jError|stacktrace/;

interface Expectation {
  /** One status, or the statuses that are all right (said why in `why`). */
  status: number | number[];
  /** errors[0].extensions.code; null: no errors at all (then data must be there). */
  code: string | null | (string | null)[];
  /** Why these, when it is not plain from the README. */
  why?: string;
}

interface Case {
  name: string;
  /** The request as sent, shortened, for the report. */
  shown: string;
  send: (t: Target) => Promise<Answer>;
  expect: Expectation;
  /** More checks on the answer: a failure reason, or null. */
  check?: (answer: Answer) => string | null;
}

interface Outcome {
  name: string;
  request: string;
  status: number | null;
  code: string | null;
  expected: string;
  leak: boolean;
  ms: number | null;
  verdict: 'PASS' | 'FAIL';
  detail: string;
  /** Why the expectation is what it is, when not plain from the README. */
  why?: string;
}

const json = { 'content-type': 'application/json' };

const post =
  (body: string, headers: Record<string, string> = json) =>
  (t: Target) =>
    request(t.graphql, { method: 'POST', headers, body, timeoutMs: 60_000 });

const query = (q: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>) =>
  post(JSON.stringify({ query: q, variables, extensions }));

const short = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

const aliased = (count: number, field: string): string => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Fragments that each spread the next twice: 2^levels fields once expanded. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return ['query Bomb { ...F0 }', ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

/** A selection `levels` deep: city { partOf { partOf … { name } } }. */
const deepQuery = (levels: number): string =>
  `{ city(slug: "zajecar") { ${'partOf { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`;

const INJECTION = '"}) MATCH (n) DETACH DELETE n //';
/** As a GraphQL string literal: the quote escaped, so the text reaches the resolver as written. */
const INJECTION_LITERAL = JSON.stringify(INJECTION);
const COUNTS = '{ organizations { totalCount } partnerships { totalCount } events(first: 500) { slug } regions { slug } }';

const noData = (a: Answer): string | null => (asGraphql(a.json)?.data != null ? 'data was returned: the request ran' : null);
const message = (a: Answer): string => asGraphql(a.json)?.errors?.[0]?.message ?? '';

function searchFinds(name: string): (a: Answer) => string | null {
  return (a) => {
    const hits = (asGraphql(a.json)?.data?.search ?? []) as { name: string }[];
    return hits.some((h) => h.name === name) ? null : `no hit named ${name} (hits: ${hits.map((h) => h.name).join(', ') || 'none'})`;
  };
}

function cases(apqQuery: string): Case[] {
  const apqHash = crypto.createHash('sha256').update(apqQuery).digest('hex');
  const apq = { persistedQuery: { version: 1, sha256Hash: apqHash } };
  const bigBody = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
  const braces = `{ a${' { a'.repeat(10_000)}${' }'.repeat(10_000)} }`;
  const tokens = `{ ${'__typename '.repeat(2_998)}}`;
  const directives = `{ association { ${'... @include(if: true) { name } '.repeat(25)} } }`;
  return [
    {
      name: 'malformed JSON',
      shown: 'POST {"query": "{ __typename }"',
      send: post('{"query": "{ __typename }"'),
      expect: { status: 400, code: 'BAD_REQUEST' },
    },
    {
      name: 'empty body',
      shown: 'POST application/json, empty body',
      send: post(''),
      expect: { status: 400, code: 'BAD_REQUEST' },
    },
    {
      name: 'content-type text/plain',
      shown: 'POST text/plain {"query":"{ __typename }"}',
      send: post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }),
      expect: { status: 415, code: 'BAD_REQUEST' },
      check: noData,
    },
    {
      name: 'charset=latin1',
      shown: 'POST application/json; charset=latin1',
      send: post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=latin1' }),
      expect: { status: 415, code: 'BAD_REQUEST' },
      check: noData,
    },
    {
      name: 'form-encoded',
      shown: 'POST application/x-www-form-urlencoded query=%7B__typename%7D',
      send: post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
      expect: { status: 415, code: 'BAD_REQUEST' },
      check: noData,
    },
    {
      name: 'JSON array batch',
      shown: 'POST [{"query":"{ __typename }"},{"query":"{ __typename }"}]',
      send: post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
      expect: { status: 400, code: 'BAD_REQUEST' },
      check: noData,
    },
    {
      name: 'GET with a mutation',
      shown: 'GET /graphql?query=mutation { __typename }',
      send: (t) => request(`${t.graphql}?query=${encodeURIComponent('mutation { __typename }')}`),
      expect: { status: 405, code: 'BAD_REQUEST', why: 'Apollo refuses a mutation over GET (README: BAD_REQUEST, "a mutation over GET")' },
      check: noData,
    },
    {
      name: 'HEAD /graphql',
      shown: 'HEAD /graphql',
      send: (t) => request(t.graphql, { method: 'HEAD' }),
      expect: { status: 405, code: null, why: 'a HEAD answer has no body; Allow: GET, POST' },
      check: (a) => (a.headers.get('allow') === 'GET, POST' ? null : `Allow is ${a.headers.get('allow') ?? 'missing'}`),
    },
    {
      name: 'PUT /graphql',
      shown: 'PUT /graphql {}',
      send: (t) => request(t.graphql, { method: 'PUT', headers: json, body: '{}' }),
      expect: { status: 405, code: 'BAD_REQUEST' },
      check: (a) => (a.headers.get('allow') === 'GET, POST' ? null : `Allow is ${a.headers.get('allow') ?? 'missing'}`),
    },
    {
      name: 'body over 1 MiB',
      shown: `POST ${bigBody.length} bytes`,
      send: post(bigBody),
      expect: { status: 413, code: 'RESOURCE_LIMIT' },
    },
    {
      name: '10,000 nested braces',
      shown: short(braces, 60),
      send: query(braces),
      expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    },
    {
      name: 'fragment cycle',
      shown: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      send: query('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
      expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    },
    {
      name: 'fragment bomb (24 levels)',
      shown: 'fragment F0 on Query { ...F1 ...F1 } … F24 { __typename }',
      send: query(fragmentBomb(24)),
      expect: { status: 400, code: 'RESOURCE_LIMIT' },
    },
    {
      name: 'alias bomb (101 × organizations(first: 100))',
      shown: '{ a0: organizations(first: 100) { nodes { name } } … a100: … }',
      send: query(aliased(101, 'organizations(first: 100) { nodes { name } }')),
      expect: { status: 400, code: 'RESOURCE_LIMIT' },
    },
    {
      name: 'depth 30',
      shown: '{ city(slug: "zajecar") { partOf { partOf { … 28 levels … { name } } } } }',
      send: query(deepQuery(30)),
      expect: { status: 400, code: 'RESOURCE_LIMIT', why: 'README: over MAX_QUERY_DEPTH the answer is RESOURCE_LIMIT, resource "depth"' },
      check: (a) => {
        const resource = asGraphql(a.json)?.errors?.[0]?.extensions?.resource;
        return resource === 'depth' ? null : `extensions.resource is ${JSON.stringify(resource)}, not "depth"`;
      },
    },
    {
      name: '3,000 tokens',
      shown: '{ __typename __typename … (2,998 times) }',
      send: query(tokens),
      expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    },
    {
      name: '25 directives',
      shown: '{ association { ... @include(if: true) { name } × 25 } }',
      send: query(directives),
      expect: { status: 400, code: 'RESOURCE_LIMIT' },
    },
    {
      name: 'persisted query, unknown sha256',
      shown: `POST {"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${apqHash.slice(0, 12)}…"}}}`,
      send: post(JSON.stringify({ extensions: apq })),
      expect: {
        status: 200,
        code: 'PERSISTED_QUERY_NOT_FOUND',
        why: 'Apollo answers the APQ miss with 200 so that clients retry with the query',
      },
    },
    {
      name: 'persisted query, retry with the query',
      shown: `POST {"query":"${apqQuery}","extensions":{"persistedQuery":…}}`,
      send: post(JSON.stringify({ query: apqQuery, extensions: apq })),
      expect: { status: 200, code: null },
      check: (a) => (asGraphql(a.json)?.data?.city ? null : 'no city in data'),
    },
    {
      name: 'forged cursor',
      shown: '{ organizations(after: "Zm9yZ2Vk") { totalCount } }',
      send: query('{ organizations(after: "Zm9yZ2Vk") { totalCount } }'),
      expect: { status: 200, code: 'BAD_USER_INPUT', why: 'an argument error is a field error: 200 with errors (application/json)' },
    },
    {
      name: 'unknown slug',
      shown: '{ organization(slug: "no-such-org") { name } }',
      send: query('{ organization(slug: "no-such-org") { name } }'),
      expect: { status: 200, code: null },
      check: (a) => {
        const data = asGraphql(a.json)?.data;
        return data != null && 'organization' in data && data.organization === null ? null : 'organization is not null';
      },
    },
    {
      name: 'first: -1',
      shown: '{ organizations(first: -1) { totalCount } }',
      send: query('{ organizations(first: -1) { totalCount } }'),
      expect: { status: 200, code: 'BAD_USER_INPUT' },
    },
    {
      name: 'first: 1000000',
      shown: '{ organizations(first: 1000000) { totalCount } }',
      send: query('{ organizations(first: 1000000) { totalCount } }'),
      expect: { status: 200, code: 'BAD_USER_INPUT' },
    },
    {
      name: 'first: 2147483648',
      shown: '{ organizations(first: 2147483648) { totalCount } }',
      send: query('{ organizations(first: 2147483648) { totalCount } }'),
      expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', why: 'not an Int (32-bit): the literal fails validation' },
    },
    {
      name: 'date 2011-02-30',
      shown: '{ organizations(filter: { memberAsOf: "2011-02-30" }) { totalCount } }',
      send: query('{ organizations(filter: { memberAsOf: "2011-02-30" }) { totalCount } }'),
      expect: { status: 200, code: 'BAD_USER_INPUT' },
    },
    {
      name: 'search Cyrillic',
      shown: '{ search(text: "Зајечар") { name } }',
      send: query('{ search(text: "Зајечар") { name } }'),
      expect: { status: 200, code: null },
      check: searchFinds('Zaječar'),
    },
    {
      name: 'search combining mark',
      shown: '{ search(text: "Zajec\\u030Car") { name } } (c + combining caron)',
      send: query('{ search(text: "Zajec\\u030Car") { name } }'),
      expect: { status: 200, code: null, why: 'diacritics are ignored: the decomposed Zaječar finds Zaječar' },
      check: searchFinds('Zaječar'),
    },
    {
      name: 'search NUL',
      shown: '{ search(text: "Novi\\u0000Sad") { name } }',
      send: query('{ search(text: "Novi\\u0000Sad") { name } }'),
      expect: { status: 200, code: null },
    },
    {
      name: 'search lone surrogate (literal)',
      shown: '{ search(text: "\\ud800") { name } }',
      send: query('{ search(text: "\\ud800") { name } }'),
      expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED', why: 'GraphQL forbids a lone surrogate escape' },
    },
    {
      name: 'search lone surrogate (variable)',
      shown: 'query ($t: String!) { search(text: $t) { name } } {"t":"Novi \\ud800"}',
      send: query('query ($t: String!) { search(text: $t) { name } }', { t: 'Novi \ud800' }),
      expect: {
        status: 200,
        code: [null, 'BAD_USER_INPUT'],
        why: 'JSON lets the variable through; the search answers (the surrogate is not a word) or refuses the text, never an internal error',
      },
    },
    {
      name: 'Cypher injection in slug',
      shown: `{ organization(slug: ${INJECTION_LITERAL}) { name } }`,
      send: query(`{ organization(slug: ${INJECTION_LITERAL}) { name } }`),
      expect: { status: 200, code: 'BAD_USER_INPUT', why: 'not a slug' },
    },
    {
      name: 'Cypher injection in search',
      shown: `{ search(text: ${INJECTION_LITERAL}) { name } }`,
      send: query(`{ search(text: ${INJECTION_LITERAL}) { name } }`),
      expect: { status: 200, code: null, why: 'the text is words to find, no more' },
    },
    {
      name: 'introspection in production',
      shown: '{ __schema { types { name } } }',
      send: query('{ __schema { types { name } } }'),
      expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      check: (a) => noData(a) ?? (/introspection/i.test(message(a)) ? null : `message does not say introspection: ${message(a)}`),
    },
    {
      name: 'unknown field',
      shown: '{ organizaitons { totalCount } }',
      send: query('{ organizaitons { totalCount } }'),
      expect: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
      check: (a) => (/Did you mean/.test(a.text) ? `suggests field names: ${message(a)}` : null),
    },
    {
      name: 'networkMetrics alias bomb (20)',
      shown: '{ a0: networkMetrics { organizationCount } … a19: … }',
      send: query(aliased(20, 'networkMetrics { organizationCount }')),
      expect: { status: 400, code: 'RESOURCE_LIMIT' },
    },
  ];
}

const oneOrMany = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

function judge(c: Case, answer: Answer): Outcome {
  const code = firstErrorCode(answer.json);
  const leak = LEAK.test(answer.text);
  const statuses = oneOrMany(c.expect.status);
  const codes = oneOrMany(c.expect.code);
  const problems: string[] = [];
  if (!statuses.includes(answer.status)) problems.push(`status ${answer.status}, expected ${statuses.join(' or ')}`);
  if (!codes.includes(code)) problems.push(`code ${code ?? 'none'}, expected ${codes.map((x) => x ?? 'none').join(' or ')}`);
  if (code === null && codes.includes(null) && answer.text !== '' && asGraphql(answer.json)?.data == null && c.expect.status !== 405) {
    problems.push('no data');
  }
  if (leak) problems.push(`internal text in the body: ${LEAK.exec(answer.text)?.[0]}`);
  const extra = c.check?.(answer) ?? null;
  if (extra !== null) problems.push(extra);
  const said = message(answer);
  return {
    name: c.name,
    request: c.shown,
    status: answer.status,
    code,
    expected: `${statuses.join('/')} ${codes.map((x) => x ?? 'no error').join(' / ')}`,
    leak,
    ms: answer.ms,
    verdict: problems.length === 0 ? 'PASS' : 'FAIL',
    detail: problems.length > 0 ? `${problems.join('; ')}${said ? ` — message: ${short(said, 200)}` : ''}` : short(said, 120),
    why: c.expect.why,
  };
}

runScript(async (cleanup, t0) => {
  const args = parseArgs(process.argv.slice(2), { url: '', dataDir: '.data/ops-neo4j' }, USAGE);
  const server = await target(args, cleanup, t0);
  // A query of its own each run, so that its hash is unknown to a server that saw an earlier run.
  const apqQuery = `query Apq${crypto.randomBytes(6).toString('hex')} { city(slug: "novi-pazar") { name } }`;
  const countsBefore = JSON.stringify(await gql(server.graphql, COUNTS));
  const outcomes: Outcome[] = [];
  for (const c of cases(apqQuery)) {
    const started = performance.now();
    try {
      const outcome = judge(c, await c.send(server));
      outcomes.push(outcome);
      log(
        `${outcome.verdict} ${c.name}: ${outcome.status} ${outcome.code ?? ''} ${outcome.ms} ms${outcome.verdict === 'FAIL' ? ` — ${outcome.detail}` : ''}`,
      );
    } catch (error) {
      const why =
        error instanceof Error
          ? `${error.name}: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
          : String(error);
      outcomes.push({
        name: c.name,
        request: c.shown,
        status: null,
        code: null,
        expected: `${oneOrMany(c.expect.status).join('/')} ${oneOrMany(c.expect.code)
          .map((x) => x ?? 'no error')
          .join(' / ')}`,
        leak: false,
        ms: Math.round(performance.now() - started),
        verdict: 'FAIL',
        detail: `no answer: ${why}`,
      });
      log(`FAIL ${c.name}: no answer: ${why}`);
    }
  }
  const countsAfter = JSON.stringify(await gql(server.graphql, COUNTS));
  const unchanged = countsAfter === countsBefore;
  outcomes.push({
    name: 'data unchanged after the injections',
    request: COUNTS,
    status: null,
    code: null,
    expected: 'same answer before and after',
    leak: false,
    ms: null,
    verdict: unchanged ? 'PASS' : 'FAIL',
    detail: unchanged ? short(countsAfter, 120) : `before ${short(countsBefore, 200)}; after ${short(countsAfter, 200)}`,
  });
  const alive = await request(`${server.base}/health/ready`).then(
    (a) => a.status === 200,
    () => false,
  );
  outcomes.push({
    name: 'server ready after the battery',
    request: 'GET /health/ready',
    status: null,
    code: null,
    expected: '200',
    leak: false,
    ms: null,
    verdict: alive ? 'PASS' : 'FAIL',
    detail: alive ? '' : 'not ready',
  });

  const failed = outcomes.filter((o) => o.verdict === 'FAIL');
  const report = {
    script: 'ops:bad-input',
    createdAt: new Date().toISOString(),
    environment: environmentNotes(server),
    leakPattern: LEAK.source,
    passed: outcomes.length - failed.length,
    failed: failed.length,
    cases: outcomes,
  };
  const md = [
    `# ops:bad-input ${report.createdAt.slice(0, 10)}`,
    '',
    `${outcomes.length} checks, ${failed.length} FAIL; server: ${String(report.environment.server)}. A case passes when the HTTP status and \`errors[0].extensions.code\` are the expected ones, nothing in the body matches \`/${LEAK.source}/\` and its own check (if any) holds.`,
    '',
    markdownTable(
      ['case', 'status', 'code', 'expected', 'internal text', 'ms', 'verdict', 'detail'],
      outcomes.map((o) => [
        o.name,
        o.status === null ? '–' : String(o.status),
        o.code ?? '–',
        o.expected,
        o.leak ? 'YES' : 'no',
        o.ms === null ? '–' : String(o.ms),
        o.verdict,
        o.detail,
      ]),
    ),
    '',
    'Expectations that need a word:',
    '',
    ...outcomes.filter((o) => o.why !== undefined).map((o) => `- ${o.name}: ${o.why}.`),
    '',
  ].join('\n');
  await writeResults('bad-input', report, md);
  return failed.length === 0 ? 0 : 1;
});
