import { HeaderMap } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

/** The closed list of error codes a client can see (the README's error table lists the same). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  RESOURCE_LIMIT: 'RESOURCE_LIMIT',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** The measured quantities a request can exceed; each has a limit in Config.limits. */
export type LimitedResource = 'depth' | 'cost' | 'aliases' | 'directives' | 'bodyBytes';

/** A request over a limit; extensions carry the resource, the request's figure under the resource's name, and the limit. */
export class ResourceLimitError extends AppError {
  constructor(resource: LimitedResource, actual: number, limit: number, message: string, httpStatus = 400) {
    super(ErrorCode.RESOURCE_LIMIT, message, { resource, [resource]: actual, limit, http: { status: httpStatus } });
  }
}

export class BadInputError extends AppError {
  /** `argumentPath` names the argument, e.g. ["filter", "memberAsOf"]. */
  constructor(message: string, argumentPath: readonly string[]) {
    super(ErrorCode.BAD_USER_INPUT, message, { argumentPath });
  }
}

/**
 * The one answer every field taking an association gives for a slug that names none: BAD_USER_INPUT on the argument
 * (a mistyped slug must not look like an association without data).
 */
export class UnknownAssociationError extends BadInputError {
  constructor(slug: string, argumentPath: readonly string[] = ['association']) {
    super(`No association has the slug ${JSON.stringify(slug)}`, argumentPath);
  }
}

/** Seconds a client is told to wait (Retry-After) when the database is down or busy. */
export const RETRY_AFTER_SECONDS = 5;

/** Neo4j down or every connection busy: HTTP 503 with Retry-After, so clients and proxies back off. */
export class ServiceUnavailableError extends AppError {
  constructor(message = 'The graph database is unavailable; try again shortly.', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, {
      ...extensions,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    });
  }
}

/** A query that ran past its time limit (QUERY_TIMEOUT_MS, or Neo4j's db.transaction.timeout); Neo4j stopped it. */
export class QueryTimeoutError extends AppError {
  constructor() {
    super(ErrorCode.QUERY_TIMEOUT, 'The query ran past its time limit and was stopped; ask for less (smaller pages, fewer levels).');
  }
}

/** A Neo4j plugin a field needs is not installed: retrying does not help, installing it does. */
export class PluginMissingError extends AppError {
  constructor(
    readonly plugin: 'graph-data-science',
    message: string,
  ) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { requires: plugin });
  }
}

export const GDS_MISSING_MESSAGE =
  'networkMetrics needs the Neo4j Graph Data Science plugin (GDS 2.x), which this database does not have; install it (the docker-compose image does, with NEO4J_PLUGINS=\'["apoc", "graph-data-science"]\').';

/** A query that needed more memory than Neo4j allows one transaction (db.memory.transaction.max). */
export class QueryMemoryLimitError extends AppError {
  constructor() {
    super(ErrorCode.RESOURCE_LIMIT, 'The query needed more memory than one query may use and was stopped; ask for less.', {
      resource: 'queryMemory',
    });
  }
}

/** No credentials where they are needed, or credentials that do not verify: HTTP 401. */
export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message, {
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="nkss-graph"']]) },
    });
  }
}

/** A verified caller without the role an operation needs: HTTP 403. */
export class ForbiddenError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, { ...extensions, http: { status: 403 } });
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

const memoryCodes = new Set(['Neo.TransientError.General.TransactionMemoryLimit', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError']);

/**
 * Neo4j 5.26 reports both memory limits under one code, and names the setting in the message: past
 * db.memory.transaction.max this query alone is too big; past dbms.memory.transaction.total.max the queries running
 * together used the pool they share, and the same query can succeed a moment later.
 */
export function isSharedMemoryPoolFull(error: unknown): boolean {
  return error instanceof Neo4jError && memoryCodes.has(error.code) && /dbms\.memory\.transaction\.total\.max/.test(error.message);
}

/** A limit the query itself reached (its time, or its own memory): running it again cannot help. */
export function reachedItsOwnLimit(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return timeoutCodes.has(error.code) || (memoryCodes.has(error.code) && !isSharedMemoryPoolFull(error));
}

/** The one place driver errors become domain errors. */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (timeoutCodes.has(error.code)) return new QueryTimeoutError();
    if (isSharedMemoryPoolFull(error)) {
      return new ServiceUnavailableError('The graph database is short of memory for the queries running now; try again shortly.', {
        reason: 'busy',
        resource: 'queryMemory',
      });
    }
    if (memoryCodes.has(error.code)) return new QueryMemoryLimitError();
    if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.TransientError')) {
      return new ServiceUnavailableError();
    }
    if (/^Connection acquisition timed out/.test(error.message)) {
      return new ServiceUnavailableError('The graph database is busy; try again shortly.', { reason: 'busy' });
    }
    // The network query opens with CALL gds.version(): without GDS, Neo4j refuses it before running anything.
    if (error.code === 'Neo.ClientError.Procedure.ProcedureNotFound' && /`gds\./.test(error.message)) {
      return new PluginMissingError('graph-data-science', GDS_MISSING_MESSAGE);
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConflictError('The change conflicts with an existing record.');
    }
  }
  return error;
}

function flattenValidation(
  errors: readonly ValidationError[],
  prefix: string[] = [],
): {
  path: string[];
  constraints: string[];
}[] {
  return errors.flatMap((e) => {
    const path = [...prefix, e.property];
    const own = e.constraints ? [{ path, constraints: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidation(e.children ?? [], path)];
  });
}

/** graphql-js appends " Did you mean …?" to validation messages; the names it suggests give the schema away. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean [\s\S]*\?$/, '');
}

/** Apollo's request errors without a code (a hash that does not match its query …) carry their 4xx status. */
function isClientRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const http = error.extensions.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' && http.status >= 400 && http.status < 500;
}

/** formatError: known errors keep their code; anything else is masked and logged by the caller. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { exposeDetails: boolean; onUnexpected: (error: unknown) => void },
): GraphQLFormattedError {
  const message = options.exposeDetails ? formatted.message : withoutSuggestions(formatted.message);
  return formatKnownError({ ...formatted, message }, error, options);
}

/**
 * "filter.name must be shorter than …": class-validator's messages already begin with the property's own name, so the
 * path is put before it only once ("first must not be greater than 100", not "first first must …").
 */
function describeProblem(problem: { path: (string | number)[]; constraints: string[] }): string {
  const path = problem.path.join('.');
  const name = String(problem.path[problem.path.length - 1] ?? '');
  return problem.constraints
    .map((constraint) =>
      name !== '' && constraint.startsWith(`${name} `) ? `${path}${constraint.slice(name.length)}` : `${path}: ${constraint}`,
    )
    .join(', ');
}

function formatKnownError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { exposeDetails: boolean; onUnexpected: (error: unknown) => void },
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const keep = options.exposeDetails ? formatted.extensions : extensions;

  if (original instanceof ArgumentValidationError) {
    const problems = flattenValidation(original.extensions.validationErrors);
    const argumentPath = problems[0]?.path ?? [];
    return {
      message: `Invalid argument ${argumentPath.join('.')}: ${problems.map(describeProblem).join('; ')}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        argumentPath,
        problems: problems.map((p) => ({ argumentPath: p.path, constraints: p.constraints })),
      },
    };
  }
  const translated = translateNeo4jError(original);
  if (translated instanceof AppError) {
    // Apollo reads the status from `http` and drops it from its own copy; this copy is built from the error itself.
    const { http: _http, ...own } = translated.extensions;
    return {
      message: translated.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...keep, ...own },
    };
  }
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (code !== undefined && code !== ErrorCode.INTERNAL_SERVER_ERROR && Object.values<string>(ErrorCode).includes(code)) {
    // A variable of the wrong type is refused before any field runs: its place is the variable ("$first").
    const variable =
      code === ErrorCode.BAD_USER_INPUT && !keep?.argumentPath ? /^Variable "\$([A-Za-z_]\w*)"/.exec(formatted.message) : null;
    return { ...formatted, extensions: variable ? { ...keep, argumentPath: [`$${variable[1]}`] } : keep };
  }
  if (isClientRequestError(error)) {
    return { ...formatted, extensions: { ...keep, code: ErrorCode.BAD_REQUEST } };
  }
  options.onUnexpected(original);
  return {
    message: options.exposeDetails ? formatted.message : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...(options.exposeDetails ? keep : {}), code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
