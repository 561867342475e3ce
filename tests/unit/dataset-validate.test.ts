import fs from 'node:fs';
import { datasetPath } from '../../src/dataset/load';
import { InvalidDatasetError, validateDataset, type DatasetProblem } from '../../src/dataset/validate';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const original: Json = JSON.parse(fs.readFileSync(datasetPath, 'utf8'));
/** A fresh deep copy of data/nkss.json to break. */
const copy = (): Json => structuredClone(original);

/** validateDataset(input) throws an InvalidDatasetError reporting exactly these problems, in this order. */
function expectProblems(input: unknown, problems: DatasetProblem[]): void {
  const validate = (): unknown => validateDataset(input);
  expect(validate).toThrow(InvalidDatasetError);
  expect(validate).toThrow(expect.objectContaining({ name: 'InvalidDatasetError', problems }));
  expect(validate).toThrow(
    `The dataset has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
  );
}

describe('validateDataset', () => {
  it('accepts the real data/nkss.json and returns it as is', () => {
    const input = copy();
    expect(validateDataset(input)).toBe(input);
    expect(input).toEqual(original);
  });

  it('reports a duplicate organization slug at the second occurrence', () => {
    const input = copy();
    input.organizations[3].slug = input.organizations[0].slug;
    expectProblems(input, [{ path: 'organizations[3].slug', message: `duplicate slug ${JSON.stringify(original.organizations[0].slug)}` }]);
  });

  it('reports a citation of an unknown source at the citation', () => {
    const input = copy();
    input.organizations[0].sources[0].source = 'no-such-source';
    expectProblems(input, [{ path: 'organizations[0].sources[0].source', message: 'unknown source "no-such-source"' }]);
  });

  it('reports a top-level key that is not a list', () => {
    const input = copy();
    input.goals = { G01: 'not a list' };
    expectProblems(input, [{ path: 'goals', message: 'must be a list' }]);
  });

  it('reports a missing version', () => {
    const input = copy();
    delete input.version;
    expectProblems(input, [{ path: 'version', message: 'must be a non-empty string' }]);
  });

  it('reports an empty version', () => {
    const input = copy();
    input.version = '';
    expectProblems(input, [{ path: 'version', message: 'must be a non-empty string' }]);
  });

  it('reports every problem at once, in file order', () => {
    const input = copy();
    input.organizations[1].city = 'atlantis';
    input.events[0].start = '2011-13';
    delete input.goals[2].sources;
    expectProblems(input, [
      { path: 'organizations[1].city', message: 'unknown city "atlantis"' },
      { path: 'events[0].start', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD (got "2011-13")' },
      { path: 'goals[2].sources', message: 'must cite at least one source' },
    ]);
  });

  it('rejects input that is not an object', () => {
    expectProblems([original], [{ path: '$', message: 'must be a JSON object' }]);
  });
});

describe('ids shared across organizations, people and the association', () => {
  test('a person with an organization id is refused (memberships look members up by id)', () => {
    const data = copy();
    const generator = (data.organizations as Json[]).findIndex((o) => o.id === 'org-nvo-generator');
    const people = data.people as Json[];
    people.push({ ...people[0], id: 'org-nvo-generator', slug: 'someone-new' });
    expectProblems(data, [
      { path: `people[${people.length - 1}].id`, message: `id "org-nvo-generator" is also used by organizations[${generator}]` },
    ]);
  });

  test('an organization with the association slug is refused', () => {
    const data = copy();
    data.organizations[0].slug = 'nkss';
    expectProblems(data, [{ path: 'organizations[0].slug', message: 'slug "nkss" is also used by association' }]);
  });
});
