import fs from 'node:fs';
import path from 'node:path';
import { readDataset } from '../dataset/load';

/**
 * Writes SYNTHETIC CSV files for timing the import (docs/curation.md): one synthetic source, `--rows` rows in all, half
 * organizations (ids syn-csv-org-N, in the dataset's cities) and half their memberships of the association (since a
 * synthetic date). For a throw-away Neo4j loaded with data/nkss.json, never the real one.
 *   node dist/src/cli/synthetic-import-csv.js --rows 10000 --out /tmp/syn-csv
 */
function main(argv: string[]): void {
  const rows = Number(argv[argv.indexOf('--rows') + 1]);
  const out = argv[argv.indexOf('--out') + 1];
  if (!argv.includes('--rows') || !Number.isInteger(rows) || rows < 2 || !argv.includes('--out') || out === undefined) {
    throw new Error('usage: synthetic-import-csv --rows N (N ≥ 2) --out DIR');
  }
  const { dataset } = readDataset();
  const cities = dataset.cities.map((c) => c.slug);
  const organizations = Math.ceil(rows / 2);
  const cite = 'syn-import-timing|a synthetic quote';
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'sources.csv'),
    'id,url,title,publisher,language,primary\nsyn-import-timing,https://example.org/synthetic/import-timing,Synthetic import timing source,example.org,en,false\n',
  );
  const orgLines = ['id,slug,name,aliases,kind,sector,disciplines,founded,city,country,sources'];
  const memberLines = ['member,association,since,founding,sources'];
  for (let n = 1; n <= organizations; n += 1) {
    orgLines.push(
      `syn-csv-org-${n},syn-csv-org-${n},Synthetic CSV Organization ${n},SCO${n},ORGANIZATION,CIVIL,theatre;music,${2000 + (n % 25)},${cities[n % cities.length]},RS,${cite}`,
    );
    if (memberLines.length <= rows - organizations) memberLines.push(`syn-csv-org-${n},${dataset.association.id},2030-01,false,${cite}`);
  }
  fs.writeFileSync(path.join(out, 'organizations.csv'), `${orgLines.join('\n')}\n`);
  fs.writeFileSync(path.join(out, 'memberships.csv'), `${memberLines.join('\n')}\n`);
  process.stdout.write(`${JSON.stringify({ out, rows: orgLines.length + memberLines.length - 2 + 1 })}\n`);
}

main(process.argv.slice(2));
