import 'reflect-metadata';
import { loadConfig } from '../config';
import { loadDataset, readDataset } from '../dataset/load';
import { InvalidDatasetError } from '../dataset/validate';
import { createDriver, waitForDriver } from '../neo4j/driver';
import { migrate } from '../neo4j/migrate';
import { Graph } from '../neo4j/run';

/** `load --check` validates data/nkss.json; `load [--force]` loads it into NEO4J_URI (migrating first). */
async function main(args: string[]): Promise<void> {
  const file = readDataset();
  if (args.includes('--check')) {
    process.stdout.write(`data/nkss.json is valid: version ${file.dataset.version}, checksum ${file.checksum}\n`);
    return;
  }
  const config = loadConfig();
  if (config.neo4j.uri === null) throw new Error('Set NEO4J_URI to the Neo4j to load into (npm start loads the local one by itself)');
  const driver = createDriver({ uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password });
  try {
    await waitForDriver(driver, config.neo4j.database, 10_000);
    const graph = new Graph(driver, config.neo4j.database);
    await migrate(graph);
    const result = await loadDataset(graph, file, { force: args.includes('--force') });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await driver.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof InvalidDatasetError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
