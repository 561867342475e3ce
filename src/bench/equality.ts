import { AnswerShapeError, SERVERS, type BenchQuery, type HttpRequest, type Row, type ServerName } from './queries';

/** Base URLs (no trailing slash) of the three servers; the peer's and ours' GraphQL is at /graphql. */
export type ServerUrls = Record<ServerName, string>;

export interface FetchedAnswer {
  status: number;
  body: unknown;
  bytes: number;
  /** extensions.cypherQueries when the server reports it. */
  cypherQueries: number | null;
}

export async function send(base: string, request: HttpRequest, timeoutMs = 300_000): Promise<FetchedAnswer> {
  const res = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  const extensions =
    typeof body === 'object' && body !== null ? (body as { extensions?: { cypherQueries?: unknown } }).extensions : undefined;
  const queries = extensions?.cypherQueries;
  return { status: res.status, body, bytes: Buffer.byteLength(text), cypherQueries: typeof queries === 'number' ? queries : null };
}

/** The answer's rows, or why there are none (HTTP error, GraphQL errors, a shape the mapping does not find). */
export function rowsOf(query: BenchQuery, server: ServerName, answer: FetchedAnswer): { rows: Row[] } | { problem: string } {
  const errors =
    typeof answer.body === 'object' && answer.body !== null ? (answer.body as { errors?: { message?: string }[] }).errors : undefined;
  if (errors !== undefined && errors.length > 0) {
    return { problem: `HTTP ${answer.status}, errors: ${errors.map((e) => e.message ?? JSON.stringify(e)).join('; ')}` };
  }
  if (answer.status !== 200) return { problem: `HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}` };
  try {
    return { rows: query.rows[server](answer.body) };
  } catch (error) {
    if (error instanceof AnswerShapeError) return { problem: `unexpected answer shape: ${error.message}` };
    throw error;
  }
}

const quote = (row: Row | undefined): string => (row === undefined ? '(none)' : JSON.stringify(row));

/** Null when equal; else the lengths and the first differing rows, side by side. */
export function diffRows(a: readonly Row[], b: readonly Row[], nameA: string, nameB: string, shown = 6): string | null {
  const lines: string[] = [];
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length && lines.length < shown; i += 1) {
    if (a[i] !== b[i])
      lines.push(`  row ${i + 1}: ${nameA} ${quote(a[i])}\n  ${' '.repeat(String(i + 1).length + 5)}${nameB} ${quote(b[i])}`);
  }
  if (lines.length === 0) return null;
  const counted = a.length === b.length ? `${a.length} rows each` : `${nameA} ${a.length} rows, ${nameB} ${b.length} rows`;
  return `${nameA} ≠ ${nameB} (${counted}); first differences:\n${lines.join('\n')}`;
}

export interface EqualityResult {
  query: string;
  equal: boolean;
  /** What was compared, or why it is not equal. */
  detail: string;
  rows: Partial<Record<ServerName, number>>;
}

/** Asks every server that answers the query, maps each answer to rows and checks them equal to ours. */
export async function checkEquality(query: BenchQuery, urls: ServerUrls): Promise<EqualityResult> {
  const servers = SERVERS.filter((s) => s !== 'peer' || query.peer !== null);
  const rows: Partial<Record<ServerName, Row[]>> = {};
  const problems: string[] = [];
  for (const server of servers) {
    const request = server === 'peer' ? query.peer! : query[server];
    try {
      const result = rowsOf(query, server, await send(urls[server], request));
      if ('problem' in result) problems.push(`${server}: ${result.problem}`);
      else rows[server] = result.rows;
    } catch (error) {
      problems.push(`${server}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const counts = Object.fromEntries(Object.entries(rows).map(([s, r]) => [s, r.length])) as Partial<Record<ServerName, number>>;
  if (problems.length > 0) return { query: query.id, equal: false, detail: problems.join('\n'), rows: counts };
  const diffs = servers
    .filter((s) => s !== 'ours')
    .map((s) => diffRows(rows.ours!, rows[s]!, 'ours', s))
    .filter((d): d is string => d !== null);
  if (diffs.length > 0) return { query: query.id, equal: false, detail: diffs.join('\n'), rows: counts };
  if (rows.ours!.length === 0) return { query: query.id, equal: false, detail: 'every server answered with no rows', rows: counts };
  return { query: query.id, equal: true, detail: `${servers.join(', ')}: the same ${rows.ours!.length} rows`, rows: counts };
}
