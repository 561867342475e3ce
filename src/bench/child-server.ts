import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config';
import { createDriver } from '../neo4j/driver';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export type StartBenchServer = (options: { driver: Driver; port: number; database?: string }) => Promise<BenchServer>;

/**
 * Runs a benchmark server as its own child process: NEO4J_URI, PORT (and NEO4J_DATABASE) as the API reads them; prints
 * "listening <url>" once it serves, and stops with its driver on SIGTERM or SIGINT.
 */
export function runAsChildProcess(name: string, start: StartBenchServer): void {
  const main = async (): Promise<void> => {
    const config = loadConfig();
    if (config.neo4j.uri === null) throw new Error('NEO4J_URI is required');
    const driver = createDriver({ uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password });
    const server = await start({ driver, port: config.port, database: config.neo4j.database });
    process.stdout.write(`listening ${server.url}\n`);
    const stop = (): void =>
      void server
        .stop()
        .then(() => driver.close())
        .finally(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  };
  main().catch((error: unknown) => {
    process.stderr.write(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
