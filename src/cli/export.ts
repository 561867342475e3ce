import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config';
import { datasetText, exportDataset } from '../curation/export';
import { BadInputError } from '../errors';
import { fetchExportNetwork } from '../export/export.repository';
import { parseExportFilters } from '../export/filters';
import { EXPORT_FILES, type ExportFile } from '../export/formats';
import { createDriver, waitForDriver } from '../neo4j/driver';
import { Graph } from '../neo4j/run';

const USAGE = `usage: export --format gexf|graphml|csv --out <file, or a directory for csv>
              [--association <slug>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--origins A,B,...] [--members-only]
       export --format dataset --out <file>   (the whole graph in data/nkss.json's format; npm run import reads it)
Reads the network from NEO4J_URI.`;

class UsageError extends Error {}

interface ExportArgs {
  format: 'gexf' | 'graphml' | 'csv' | 'dataset';
  out: string;
  filters: Record<string, string>;
}

/** Flags to the same parameters the HTTP endpoint takes, so both are validated by parseExportFilters. */
export function parseExportArgs(args: readonly string[]): ExportArgs {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--members-only') {
      flags.membersOnly = 'true';
      continue;
    }
    const match = /^--(format|out|association|from|to|origins)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    const value = match[2] ?? args[(i += 1)];
    if (value === undefined || value === '') throw new UsageError(`${arg} needs a value`);
    if (match[1] in flags) throw new UsageError(`--${match[1]} is given twice`);
    flags[match[1]] = value;
  }
  const { format, out, ...filters } = flags;
  if (format !== 'gexf' && format !== 'graphml' && format !== 'csv' && format !== 'dataset') {
    throw new UsageError('--format must be gexf, graphml, csv or dataset');
  }
  if (out === undefined) throw new UsageError('--out is required');
  if (format === 'dataset' && Object.keys(filters).length > 0) throw new UsageError('--format dataset exports the whole graph: no filters');
  return { format, out, filters };
}

async function main(argv: string[]): Promise<void> {
  const args = parseExportArgs(argv);
  const config = loadConfig();
  if (config.neo4j.uri === null) throw new Error('Set NEO4J_URI to the Neo4j to export from');
  if (args.format === 'dataset') {
    await exportDatasetFile(config, args.out);
    return;
  }
  const filters = parseExportFilters(args.filters);
  const targets: [ExportFile, string][] =
    args.format === 'csv'
      ? [
          [EXPORT_FILES.nodesCsv, path.join(args.out, EXPORT_FILES.nodesCsv.name)],
          [EXPORT_FILES.edgesCsv, path.join(args.out, EXPORT_FILES.edgesCsv.name)],
        ]
      : [[EXPORT_FILES[args.format], args.out]];
  const driver = createDriver({ uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password });
  try {
    await waitForDriver(driver, config.neo4j.database, 10_000);
    const network = await fetchExportNetwork(new Graph(driver, config.neo4j.database), filters);
    for (const [file, target] of targets) {
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      fs.writeFileSync(target, file.write(network), 'utf8');
    }
    process.stdout.write(
      `${JSON.stringify({ files: targets.map(([, t]) => t), nodes: network.nodes.length, edges: network.edges.length })}\n`,
    );
  } finally {
    await driver.close();
  }
}

async function exportDatasetFile(config: Config, out: string): Promise<void> {
  const driver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  try {
    await waitForDriver(driver, config.neo4j.database, 10_000);
    const dataset = await exportDataset(new Graph(driver, config.neo4j.database));
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, datasetText(dataset), 'utf8');
    const records = Object.values(dataset).reduce<number>(
      (sum, v) => sum + (Array.isArray(v) ? v.length : v !== null && typeof v === 'object' ? 1 : 0),
      0,
    );
    process.stdout.write(`${JSON.stringify({ files: [out], version: dataset.version, records })}\n`);
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n${USAGE}\n`);
    else if (error instanceof BadInputError) {
      const name = String(error.extensions.argumentPath);
      process.stderr.write(`bad --${name === 'membersOnly' ? 'members-only' : name}: ${error.message}\n`);
    } else process.stderr.write(`${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof UsageError || error instanceof BadInputError || error instanceof ConfigError ? 2 : 1);
  });
}
