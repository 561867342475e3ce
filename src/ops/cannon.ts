import autocannon from 'autocannon';
import { firstErrorCode } from './common';
import type { MixRequest } from './mix';

/**
 * The part of autocannon 8 the ops scripts use beyond src/bench/autocannon.d.ts: several request bodies in turn
 * (`requests`, each with onResponse), the per-response event, p90, max and the status code counts.
 */
interface CannonRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse?: (status: number, body: string) => void;
}

interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: CannonRequest[];
}

export interface CannonHistogram {
  mean: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  total: number;
}

export interface CannonResult {
  latency: CannonHistogram;
  requests: CannonHistogram & { sent: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
  statusCodeStats: Record<string, { count: number }>;
}

export interface CannonInstance extends PromiseLike<CannonResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): this;
  on(event: 'reqError', listener: (error: Error) => void): this;
  stop(): void;
}

/** Per kind of the mix: how many answers, how many not 200, how many with GraphQL errors, and a few of those. */
export interface KindTally {
  responses: number;
  non200: number;
  withErrors: number;
  errorCodes: Record<string, number>;
  samples: string[];
}

export interface MixRun {
  instance: CannonInstance;
  tallies: Map<string, KindTally>;
}

/**
 * autocannon over the mix: each connection sends the sequence in turn. Every answer is checked for a top-level
 * `errors` member (a cheap text test, then parsed), per kind.
 */
export function runMix(graphqlUrl: string, sequence: readonly MixRequest[], options: { connections: number; duration: number }): MixRun {
  const url = new URL(graphqlUrl);
  const tallies = new Map<string, KindTally>();
  const requests: CannonRequest[] = sequence.map((r) => {
    let tally = tallies.get(r.kind);
    if (tally === undefined) {
      tally = { responses: 0, non200: 0, withErrors: 0, errorCodes: {}, samples: [] };
      tallies.set(r.kind, tally);
    }
    const t = tally;
    return {
      method: 'POST',
      path: url.pathname,
      headers: { 'content-type': 'application/json' },
      body: r.body,
      onResponse: (status: number, body: string) => {
        t.responses += 1;
        if (status !== 200) t.non200 += 1;
        if (body.includes('"errors"')) {
          let code: string | null = null;
          try {
            code = firstErrorCode(JSON.parse(body));
          } catch {
            code = 'not JSON';
          }
          if (code !== null) {
            t.withErrors += 1;
            t.errorCodes[code] = (t.errorCodes[code] ?? 0) + 1;
            if (t.samples.length < 3) t.samples.push(`${status} ${body.slice(0, 300)}`);
          }
        }
      },
    };
  });
  const run = autocannon as unknown as (options: CannonOptions) => CannonInstance;
  const instance = run({
    url: `${url.protocol}//${url.host}`,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    requests,
  });
  return { instance, tallies };
}
