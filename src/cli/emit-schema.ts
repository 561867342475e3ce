import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../shared/project-root';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../schema';

const target = path.join(projectRoot, 'schema', 'schema.graphql');

/** Writes the SDL (sorted) to schema/schema.graphql; with --check, fails when the committed file is stale. */
async function main(check: boolean): Promise<void> {
  const sdl = `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
  if (check) {
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (committed !== sdl) {
      process.stderr.write('schema/schema.graphql is stale: run `npm run schema:emit` and commit the result\n');
      process.exit(1);
    }
    process.stdout.write('schema/schema.graphql is up to date\n');
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, sdl);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}

main(process.argv.includes('--check')).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
