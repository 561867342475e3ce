import 'reflect-metadata';
import os from 'node:os';
import { ConfigError, loadConfig } from '../config';
import { formatReport, ImportRejected, importSources, readImportFiles } from '../curation/import';
import { createDriver, waitForDriver } from '../neo4j/driver';
import { migrate } from '../neo4j/migrate';
import { Graph } from '../neo4j/run';

const USAGE = `usage: import FILE... [--dry-run] [--actor NAME] [--batch-size N]
JSON files in data/nkss.json's format (any subset of its sections). Writes into NEO4J_URI, as npm run load does.`;

class UsageError extends Error {}

export interface ImportArgs {
  files: string[];
  dryRun: boolean;
  actor: string;
  batchSize: number | undefined;
}

export function parseImportArgs(args: readonly string[]): ImportArgs {
  const parsed: ImportArgs = { files: [], dryRun: false, actor: `import:${os.userInfo().username}`, batchSize: undefined };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--dry-run') parsed.dryRun = true;
    else if (arg === '--actor' || arg === '--batch-size') {
      const value = args[(i += 1)];
      if (value === undefined || value.trim() === '') throw new UsageError(`${arg} needs a value`);
      if (arg === '--actor') parsed.actor = value;
      else if (/^[1-9]\d*$/.test(value)) parsed.batchSize = Number(value);
      else throw new UsageError('--batch-size must be a positive whole number');
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) throw new UsageError('name at least one file');
  return parsed;
}

export interface CliIo {
  /** The variables to configure from (tests); absent: this process's own, as npm run load reads them. */
  env?: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Show a progress bar (the CLI: when stderr is a terminal). */
  progress: boolean;
}

function progressBar(io: CliIo): ((done: number, total: number) => void) | undefined {
  if (!io.progress) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} records${done === total ? '\n' : ''}`);
  };
}

/** Exit codes: 0 imported (or previewed), 1 the files were refused (nothing written) or the write failed, 2 bad usage or configuration. */
export async function runImport(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ImportArgs;
  try {
    args = parseImportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { sources, problems } = readImportFiles(args.files);
  if (problems.length > 0) {
    io.stderr(`${new ImportRejected(problems).message}\n`);
    return 1;
  }
  let config;
  try {
    config = io.env === undefined ? loadConfig() : loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (config.neo4j.uri === null) {
    io.stderr('Set NEO4J_URI to the Neo4j to import into (the one npm start or npm run load uses)\n');
    return 2;
  }
  const driver = createDriver({ uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password });
  try {
    await waitForDriver(driver, config.neo4j.database, 10_000);
    const graph = new Graph(driver, config.neo4j.database);
    await migrate(graph);
    const started = performance.now();
    const result = await importSources(graph, sources, {
      actor: { id: args.actor, requestId: null },
      dryRun: args.dryRun,
      batchSize: args.batchSize,
      onProgress: progressBar(io),
    });
    io.stdout(formatReport(result));
    io.stderr(`took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  runImport(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    progress: process.stderr.isTTY === true,
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
