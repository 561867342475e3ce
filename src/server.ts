import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from './config';
import { createAuthenticator } from './auth/credentials';
import { createContext, requestIdFrom, type AppContext } from './context';
import { formatError, UnauthenticatedError } from './errors';
import { createImportRouter } from './curation/import.routes';
import { createExportRouter } from './export/export.routes';
import { createExplorerRouter, landingPageWithExplorerLink } from './explorer/explorer.routes';
import type { Logger } from './logger';
import type { Graph } from './neo4j/run';
import type { Metrics } from './observability/metrics';
import { requestLogPlugin } from './observability/request-log';
import { buildAppSchema } from './schema';
import { compiledExecutionGateway, type ExecutionCounts } from './shared/compiled-execution';
import { Admission } from './shared/admission';
import { documentLimits } from './shared/document-limits';
import { graphqlHttpGate, jsonFallbacks } from './shared/graphql-http';
import { graphqlPostHandler, isPlainGraphqlPost } from './shared/graphql-post';
import { costLimitPlugin } from './shared/query-cost';
import { placeColumnsPlugin } from './graph/places/place.columns';

export interface ServerDeps {
  config: Pick<Config, 'nodeEnv' | 'limits' | 'admission' | 'metrics' | 'auth'>;
  graph: Graph;
  logger: Logger;
  /** The dataset version answers cite (extensions.datasetVersion). */
  datasetVersion: () => string | null;
  /** False while the start-up warm-up (plans, Graph Data Science) runs: /health/ready answers 503 (requests are served meanwhile). */
  warmedUp?: () => boolean;
  /** Prometheus metrics, served at /metrics when config.metrics is on (the Graph's observer feeds the Cypher ones). */
  metrics?: Metrics;
}

export interface AppServer {
  httpServer: http.Server;
  admission: Admission;
  /** How many operations ran compiled and how many interpreted (src/shared/compiled-execution.ts). */
  executionCounts: ExecutionCounts;
  listen(port: number): Promise<number>;
  stop(): Promise<void>;
}

/** Adds what a citation needs and what a performance comparison needs to every response. */
function responseExtensions(datasetVersion: () => string | null): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            datasetVersion: datasetVersion(),
            cypherQueries: contextValue.stats?.queries ?? 0,
          };
        },
      };
    },
  };
}

function operationNameOf(body: unknown): string | undefined {
  const name = typeof body === 'object' && body !== null ? (body as { operationName?: unknown }).operationName : undefined;
  return typeof name === 'string' ? name : undefined;
}

function headerOf(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Every response carries its request id. The checked id replaces the incoming header, so whatever reads it later
 * (the GraphQL context, the export routes' error log) sees the same one.
 */
function stampRequestId(req: http.IncomingMessage, res: http.ServerResponse): void {
  const requestId = requestIdFrom(headerOf(req, 'x-request-id'));
  req.headers['x-request-id'] = requestId;
  res.setHeader('x-request-id', requestId);
}

export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const { config, graph, logger } = deps;
  const metrics = config.metrics ? deps.metrics : undefined;
  const app = express();
  app.disable('x-powered-by');
  if (metrics !== undefined) app.use(metrics.httpMiddleware());
  app.use((req, res, next) => {
    stampRequestId(req, res);
    next();
  });
  // Its request handler is added once Apollo has started (below).
  const httpServer = http.createServer();
  const development = config.nodeEnv === 'development';
  const gateway = compiledExecutionGateway(await buildAppSchema());
  const apollo = new ApolloServer<AppContext>({
    gateway,
    // The token limit also bounds the parser's recursion: 10,000 nested brackets are refused, not a stack overflow.
    parseOptions: { maxTokens: config.limits.tokens },
    validationRules: [documentLimits(config.limits)],
    allowBatchedHttpRequests: false,
    // graphqlHttpGate admits only application/json POSTs (a cross-origin browser must preflight them) and GET
    // runs queries only, so Apollo's header check, which would refuse a plain GET from any GraphQL client, is off.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: development,
    // main.ts owns the signals and stops the API, the driver and the local Neo4j in order.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, {
        exposeDetails: development,
        onUnexpected: (e) => logger.error({ err: e }, 'unexpected error'),
      }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      responseExtensions(deps.datasetVersion),
      requestLogPlugin({ logger, metrics }),
      costLimitPlugin(config.limits.cost),
      placeColumnsPlugin(),
      // No HTTP caching hints are given; the plugin would otherwise wrap every field's resolver to watch for them.
      ApolloServerPluginCacheControlDisabled(),
      // The Sandbox, with a link to the explorer, in development; no landing page otherwise.
      development ? landingPageWithExplorerLink() : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/health/ready', async (_req, res) => {
    if (deps.warmedUp?.() === false) {
      res.status(503).json({ status: 'warming', reason: 'planning the queries requests use and loading Graph Data Science' });
      return;
    }
    try {
      await graph.read('RETURN 1 AS ok');
      res.json({ status: 'ok', datasetVersion: deps.datasetVersion() });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  const authenticate = createAuthenticator(config.auth);
  const graphqlContext = async (req: http.IncomingMessage, body: unknown): Promise<AppContext> => {
    const viewer = await authenticate({ authorization: headerOf(req, 'authorization'), apiKey: headerOf(req, 'x-api-key') });
    if (viewer === null && !config.auth.anonymousReads) {
      throw new UnauthenticatedError('This server answers only callers with a token or an API key.');
    }
    return createContext({
      graph,
      logger,
      requestId: requestIdFrom(headerOf(req, 'x-request-id')),
      operationName: operationNameOf(body),
      viewer,
    });
  };
  const admission = new Admission(config.admission);
  metrics?.watchAdmission(admission);
  app.use('/export', admission.middleware(), createExportRouter({ graph, logger }));
  app.use('/admin', admission.middleware(), createImportRouter({ graph, logger, authenticate }));
  // The explorer's page and bundle (static files); its data comes through /graphql like any client's.
  app.use('/explore', createExplorerRouter());
  app.use(
    '/graphql',
    ...graphqlHttpGate(config.limits.bodyBytes),
    admission.middleware(),
    expressMiddleware(apollo, { context: ({ req }) => graphqlContext(req, req.body) }),
  );
  if (metrics !== undefined) app.get('/metrics', metrics.handler());
  app.use(...jsonFallbacks((e) => logger.error({ err: e }, 'unexpected error')));
  const graphqlPost = graphqlPostHandler({
    apollo,
    admission,
    maxBodyBytes: config.limits.bodyBytes,
    context: graphqlContext,
    onUnexpected: (e) => logger.error({ err: e }, 'unexpected error'),
  });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!isPlainGraphqlPost(req)) return void app(req, res);
    stampRequestId(req, res);
    metrics?.countResponse('/graphql', res);
    graphqlPost(req, res);
  });

  return {
    httpServer,
    admission,
    executionCounts: gateway.counts,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address !== null ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
