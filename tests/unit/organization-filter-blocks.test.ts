import { loadCypherCatalog } from '../../src/neo4j/cypher';

/** The organization filters are written out in three statements (two index directions and the count); they must not drift. */

const catalog = loadCypherCatalog(undefined, 'written');

function filterBlock(name: string): string[] {
  const lines = catalog.get(name)!.split('\n');
  const begin = lines.indexOf('// filter: begin');
  const end = lines.indexOf('// filter: end');
  expect(begin).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(begin + 5);
  return lines.slice(begin + 1, end);
}

const placeCondition = (line: string): boolean => /^\s+AND \(\$(city|district|region) IS NULL/.test(line);

describe('organization filter blocks', () => {
  test('the ascending and descending pages filter alike', () => {
    expect(filterBlock('organizations/page-descending')).toEqual(filterBlock('organizations/page-ascending'));
  });

  test('the count filters alike, its place conditions being its choice of candidates', () => {
    const page = filterBlock('organizations/page-ascending');
    expect(page.filter(placeCondition)).toHaveLength(3);
    expect(filterBlock('organizations/count')).toEqual(page.filter((line) => !placeCondition(line)));
    for (const place of ['city', 'district', 'region']) expect(catalog.get('organizations/count')).toContain(`$${place} IS NULL OR EXISTS`);
  });

  test('the pages differ only in their comments and their direction', () => {
    const statement = (name: string) =>
      catalog
        .get(name)!
        .split('\n')
        .filter((line) => !line.startsWith('//'));
    const ascending = statement('organizations/page-ascending');
    const descending = statement('organizations/page-descending');
    const differing = ascending.flatMap((line, i) => (line === descending[i] ? [] : [[line, descending[i]]]));
    expect(differing).toEqual([['WITH o ORDER BY o.sortName, o.id', 'WITH o ORDER BY o.sortName DESC, o.id DESC']]);
  });
});
