/** Runs the local Neo4j until SIGINT/SIGTERM: node dist/src/cli/neo4j-local.js [--port N] [--home DIR] [--password P] */
import { startLocalNeo4j } from '../neo4j/local-neo4j';

function parseArgs(argv: string[]): { port: number; homeDir: string; password?: string } {
  const out: { port: number; homeDir: string; password?: string } = { port: 7687, homeDir: '.data/neo4j' };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    if (i + 1 >= argv.length) throw new Error(`missing value for ${flag}`);
    const value = argv[i + 1];
    if (flag === '--port') out.port = Number.parseInt(value, 10);
    else if (flag === '--home') out.homeDir = value;
    else if (flag === '--password') out.password = value;
    else throw new Error(`unknown flag ${flag} (usage: [--port N] [--home DIR] [--password P])`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('--port must be 0..65535');
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const neo4j = await startLocalNeo4j({ ...args, log });
  process.stdout.write(`${neo4j.uri}\n`);
  const shutdown = (): void => {
    neo4j.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`stop failed: ${String(err)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
