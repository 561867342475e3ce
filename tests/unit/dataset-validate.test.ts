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
      { path: `people[${people.length - 1}].id`, message: 'must not start with "org-" (kept for association and organizations)' },
    ]);
  });

  test('an organization with the association slug is refused', () => {
    const data = copy();
    data.organizations[0].slug = 'nkss';
    expectProblems(data, [{ path: 'organizations[0].slug', message: 'slug "nkss" is also used by association' }]);
  });
});

describe('node ids (issue 11): an id names one object of any type', () => {
  test('a source, report, agreement or role id is unique across those kinds and organizations and people', () => {
    const data = copy();
    const sources = data.sources as Json[];
    (data.membershipReports as Json[])[0].id = sources[1].id;
    (data.roles as Json[])[0].id = 'person-aleksandar-gubas';
    expectProblems(data, [
      { path: 'membershipReports[0].id', message: `id ${JSON.stringify(sources[1].id)} is also used by sources[1]` },
      { path: 'roles[0].id', message: 'must not start with "person-" (kept for people)' },
      {
        path: 'roles[0].id',
        message: `id "person-aleksandar-gubas" is also used by people[${(data.people as Json[]).findIndex((p) => p.id === 'person-aleksandar-gubas')}]`,
      },
    ]);
  });

  test('a source id may not take the prefix of organization ids, even one no organization has', () => {
    const data = copy();
    (data.sources as Json[]).push({ ...(data.sources as Json[])[0], id: 'org-not-yet', url: 'https://example.org/new' });
    expectProblems(data, [
      {
        path: `sources[${(data.sources as Json[]).length - 1}].id`,
        message: 'must not start with "org-" (kept for association and organizations)',
      },
    ]);
  });

  test('no key contains ":" or "|", which mark the API\'s own node ids', () => {
    const data = copy();
    (data.cities as Json[])[0].slug = 'City:beograd';
    (data.partnerships as Json[])[0].id = 'a|b';
    expectProblems(data, [
      { path: 'cities[0].slug', message: 'must not contain ":" or "|" (they mark the API\'s node ids)' },
      { path: 'partnerships[0].id', message: 'must not contain ":" or "|" (they mark the API\'s node ids)' },
    ]);
  });
});
