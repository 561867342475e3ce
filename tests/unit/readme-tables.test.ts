import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../../src/errors';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const operations = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
const configSource = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'config.ts'), 'utf8');

/** First-column codes of the markdown table under a heading. */
function tableKeys(heading: string, text = readme): string[] {
  const section = text.split(`\n## ${heading}\n`)[1]?.split(/\n##? /)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]);
}

describe('README and docs/operations.md tables match the code', () => {
  test('the error tables (README and docs/operations.md) list exactly the error codes of src/errors.ts', () => {
    expect(tableKeys('Errors').sort()).toEqual(Object.values(ErrorCode).sort());
    expect(tableKeys('Errors', operations).sort()).toEqual(Object.values(ErrorCode).sort());
  });

  test("docs/operations.md's configuration table lists exactly the variables src/config.ts reads; the README's, some of them", () => {
    const read = new Set(
      [...configSource.matchAll(/'((?:NEO4J|PORT|LOG|LOAD|MAX|NODE|QUERY|ANALYTICS|REQUEST|METRICS|AUTH)[A-Z0-9_]*)'/g)].map((m) => m[1]),
    );
    expect(tableKeys('Configuration', operations).sort()).toEqual([...read].sort());
    const inReadme = tableKeys('Configuration');
    expect(inReadme.length).toBeGreaterThan(5);
    expect(inReadme.filter((v) => !read.has(v))).toEqual([]);
  });
});
