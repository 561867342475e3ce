import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { AppContext } from '../context';
import type { Logger } from '../logger';
import type { Metrics } from './metrics';

/** What the log line of one GraphQL request holds. */
export interface RequestLogLine {
  requestId: string;
  operation: string;
  durationMs: number;
  cypherQueries: number;
  /** `ok`, or the first error's code. */
  outcome: string;
  /** Every distinct error code, in order, when there were errors. */
  errorCodes?: string[];
  /** The HTTP status Apollo answers with. */
  status: number;
}

function codesOf(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  if (errors === undefined || errors.length === 0) return [];
  const codes: string[] = [];
  for (const error of errors) {
    const code = error.extensions?.code;
    const text = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
    if (!codes.includes(text)) codes.push(text);
  }
  return codes;
}

/**
 * One info line per GraphQL request (request id, operation, time, Cypher queries, outcome, HTTP status) and the
 * GraphQL request metrics. Per-request work only: nothing wraps a resolver.
 */
export function requestLogPlugin(deps: { logger: Logger; metrics?: Metrics }): ApolloServerPlugin<AppContext> {
  const { logger, metrics } = deps;
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operationName, request }) {
          const logging = logger.isLevelEnabled('info');
          if (!logging && metrics === undefined) return;
          const durationMs = performance.now() - started;
          // The errors as the client gets them, after formatError: their codes are the public ones.
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          const codes = codesOf(errors);
          const outcome = codes[0] ?? 'ok';
          // The name of the operation run, else the one asked for (a request that failed before one was chosen).
          const operation = operationName ?? request.operationName ?? null;
          metrics?.graphqlRequest(operation, outcome, durationMs / 1000);
          if (!logging) return;
          const line: RequestLogLine = {
            requestId: contextValue.requestId,
            operation: operation || 'anonymous',
            durationMs: Math.round(durationMs * 10) / 10,
            cypherQueries: contextValue.stats?.queries ?? 0,
            outcome,
            // Apollo leaves the status unset for 200; errors that carry one (503, 400) set it.
            status: response.http.status ?? 200,
          };
          if (codes.length > 0) line.errorCodes = codes;
          logger.info(line, 'graphql request');
        },
      };
    },
  };
}
