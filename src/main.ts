import 'reflect-metadata';
import { startApp, type RunningApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  // Handlers first: until a process listens for SIGTERM the kernel's default ends it at once, and a supervisor may send
  // one as soon as it reads the ready line (or during start-up).
  let app: RunningApp | null = null;
  let stopping = false;
  const stopAndExit = (running: RunningApp): void => {
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // During start-up the app is stopped as soon as it is up (startApp cleans up after itself on failure).
    if (app !== null) stopAndExit(app);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  app = await startApp(config, logger);
  if (stopping) return stopAndExit(app);
  logger.info({ url: app.url, neo4j: app.neo4jUri, startupMs: Date.now() - started }, `ready: GraphQL at ${app.url}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`nkss-graph failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
