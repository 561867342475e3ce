import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../../src/errors';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const configSource = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'config.ts'), 'utf8');

/** First-column codes of the markdown table under a heading. */
function tableKeys(heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split(/\n##? /)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]);
}

describe('README tables match the code', () => {
  test('the error table lists exactly the error codes of src/errors.ts', () => {
    expect(tableKeys('Errors').sort()).toEqual(Object.values(ErrorCode).sort());
  });

  test('the configuration table lists exactly the variables src/config.ts reads', () => {
    const read = new Set(
      [...configSource.matchAll(/'((?:NEO4J|PORT|LOG|LOAD|MAX|NODE|QUERY|ANALYTICS|REQUEST|METRICS|AUTH)[A-Z0-9_]*)'/g)].map((m) => m[1]),
    );
    expect(tableKeys('Configuration').sort()).toEqual([...read].sort());
  });
});
