import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Admission } from '../shared/admission';

/** The longest operation name kept as a label; longer ones are `other`. */
export const MAX_OPERATION_LABEL_LENGTH = 64;
/** How many distinct operation names get their own label; later new ones are `other`. */
export const MAX_OPERATION_LABELS = 200;

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Operation names come from clients, so each label a name gets is a time series a client made: names that are not
 * GraphQL names or are over 64 characters are `other`, and after `max` distinct names every new one is `other` too.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_LABELS) {}

  label(operation: string | null | undefined): string {
    if (operation === null || operation === undefined || operation === '') return 'anonymous';
    if (this.seen.has(operation)) return operation;
    if (operation.length > MAX_OPERATION_LABEL_LENGTH || !OPERATION_NAME.test(operation)) return 'other';
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(operation);
    return operation;
  }
}

/** The route label of an HTTP request: the few paths the API serves, everything else `other`. */
export function routeOf(path: string): string {
  if (path === '/graphql' || path === '/graphql/') return '/graphql';
  if (path === '/export' || path.startsWith('/export/')) return '/export';
  if (path.startsWith('/health/') || path === '/health') return '/health';
  if (path === '/metrics') return '/metrics';
  return 'other';
}

/** GraphQL requests take from a few milliseconds to the analytics timeout. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** One Cypher query: most take about a millisecond. */
const CYPHER_BUCKETS = [0.001, 0.0025, ...REQUEST_BUCKETS];

/**
 * Prometheus metrics of one API process, in their own registry (not prom-client's global one), so tests can run
 * several servers side by side. Work per request: a few label lookups; per Cypher query: the same.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new OperationLabels();
  private admission: Admission | null = null;

  private readonly graphqlRequests = new Counter({
    name: 'nkss_graphql_requests_total',
    help: 'GraphQL requests, by operation name and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'nkss_graphql_request_duration_seconds',
    help: 'Time from Apollo receiving a GraphQL request to its response being ready, by operation name.',
    labelNames: ['operation'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  private readonly httpRequests = new Counter({
    name: 'nkss_http_requests_total',
    help: 'HTTP responses, by route (/graphql, /export, /health, /metrics, other) and status.',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly cypherQueries = new Counter({
    name: 'nkss_cypher_queries_total',
    help: 'Cypher queries sent to Neo4j, by query file (cypher/<name>.cypher; inline, write) and outcome (ok or the error code).',
    labelNames: ['query', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly cypherDuration = new Histogram({
    name: 'nkss_cypher_duration_seconds',
    help: 'Time of one Cypher query including its retries and the rows read, by query file.',
    labelNames: ['query'] as const,
    buckets: CYPHER_BUCKETS,
    registers: [this.registry],
  });
  private readonly queriesInFlight = new Gauge({
    name: 'nkss_neo4j_queries_in_flight',
    help: 'Cypher queries started and not yet finished (each holds a pooled Neo4j connection while it runs).',
    registers: [this.registry],
  });

  constructor() {
    const admission = (): ReturnType<Admission['state']> | undefined => this.admission?.state();
    new Gauge({
      name: 'nkss_admission_running',
      help: 'Requests admitted and running (at most MAX_CONCURRENT_REQUESTS).',
      registers: [this.registry],
      collect() {
        this.set(admission()?.running ?? 0);
      },
    });
    new Gauge({
      name: 'nkss_admission_queued',
      help: 'Requests waiting for a turn (at most MAX_QUEUED_REQUESTS).',
      registers: [this.registry],
      collect() {
        this.set(admission()?.queued ?? 0);
      },
    });
    new Counter({
      name: 'nkss_admission_refused_total',
      help: 'Requests answered 503 busy, by reason (queue_full, waited_too_long).',
      labelNames: ['reason'] as const,
      registers: [this.registry],
      collect() {
        const refused = admission()?.refused ?? { queueFull: 0, waitedTooLong: 0 };
        this.reset();
        this.inc({ reason: 'queue_full' }, refused.queueFull);
        this.inc({ reason: 'waited_too_long' }, refused.waitedTooLong);
      },
    });
    // Process metrics, among them the event-loop delay: nodejs_eventloop_lag_seconds and its p50/p90/p99.
    collectDefaultMetrics({ register: this.registry });
  }

  /** The admission gate whose state the admission gauges report (the server's; the last one given wins). */
  watchAdmission(admission: Admission): void {
    this.admission = admission;
  }

  graphqlRequest(operation: string | null | undefined, outcome: string, seconds: number): void {
    const label = this.operations.label(operation);
    this.graphqlRequests.inc({ operation: label, outcome });
    this.graphqlDuration.observe({ operation: label }, seconds);
  }

  /** For GraphOptions.onQueryStart. */
  readonly queryStarted = (): void => {
    this.queriesInFlight.inc();
  };

  /** A finished query (called from GraphOptions.observer, after queryStarted). */
  queryFinished(query: string, outcome: string, seconds: number): void {
    this.queriesInFlight.dec();
    this.cypherQueries.inc({ query, outcome });
    this.cypherDuration.observe({ query }, seconds);
  }

  /** Counts every HTTP response by route and status; first in the app, so refusals and 404s count too. */
  /** Counts the response by route and status when it has been sent. */
  countResponse(route: string, res: ServerResponse): void {
    res.once('finish', () => this.httpRequests.inc({ route, status: String(res.statusCode) }));
  }

  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      this.countResponse(routeOf(req.path), res);
      next();
    };
  }

  /** GET /metrics in the Prometheus text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      const body = await this.registry.metrics();
      res.set('content-type', this.registry.contentType).send(body);
    };
  }
}
