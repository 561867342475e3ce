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

export class BadInputError extends AppError {
  /** `argumentPath` names the argument, e.g. ["filter", "memberAsOf"]. */
  constructor(message: string, argumentPath: readonly string[]) {
    super(ErrorCode.BAD_USER_INPUT, message, { argumentPath });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
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

/** The one place driver errors become domain errors. */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.TransientError')) {
      return new ServiceUnavailableError();
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

/** formatError: known errors keep their code; anything else is masked and logged by the caller. */
export function formatError(
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
      message: `Invalid argument ${argumentPath.join('.')}: ${problems.map((p) => `${p.path.join('.')} ${p.constraints.join(', ')}`).join('; ')}`,
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
    return {
      message: translated.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...keep, ...translated.extensions },
    };
  }
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (code !== undefined && code !== ErrorCode.INTERNAL_SERVER_ERROR && Object.values<string>(ErrorCode).includes(code)) {
    return { ...formatted, extensions: keep };
  }
  options.onUnexpected(original);
  return {
    message: options.exposeDetails ? formatted.message : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...(options.exposeDetails ? keep : {}), code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
