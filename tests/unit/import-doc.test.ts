import fs from 'node:fs';
import path from 'node:path';
import { curatedSections } from '../../src/curation/sections';
import { fieldShapes } from '../../src/dataset/validate';

/** docs/import.md documents the columns of every CSV file as the import reads them (src/curation/csv.ts). */
const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'import.md'), 'utf8');
const documented = new Map(
  [...doc.matchAll(/^\| `(\w+)\.csv`\s*\| (.+?)\s*\|$/gm)].map((m) => [m[1], m[2].split(/, (?![^(]*\))/).map((c) => c.trim())]),
);
const label = {
  string: '',
  boolean: ' (boolean)',
  number: ' (number)',
  list: ' (list)',
  optionalList: ' (list, empty = not stated)',
  citations: ' (citations)',
};

test('one row per section, no other', () => {
  expect([...documented.keys()]).toEqual(curatedSections.map((s) => s.section));
});

test.each(curatedSections.map((s) => s.section))('%s.csv: the columns and their types', (section) => {
  const expected = Object.entries(fieldShapes(section)!).map(([field, shape]) => `${field}${label[shape]}`);
  expect(documented.get(section)).toEqual(expected);
});
