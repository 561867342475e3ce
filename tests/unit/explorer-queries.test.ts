import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import * as queries from '../../explorer/src/queries';

/** The explorer's documents against the committed schema: a schema change that would break the page fails here. */
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));

const documents: [string, string][] = [
  ...Object.entries(queries as Record<string, unknown>).flatMap(([name, text]): [string, string][] =>
    typeof text === 'string' ? [[name, text]] : [],
  ),
  ['memberMeasuresQuery(1)', queries.memberMeasuresQuery(1)],
  ['memberMeasuresQuery(12)', queries.memberMeasuresQuery(12)],
];

describe("the explorer's GraphQL documents", () => {
  test('are all here', () => {
    expect(documents.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'MAP_QUERY',
        'DISTRICTS_QUERY',
        'STEPS_QUERY',
        'TREND_QUERY',
        'TIES_QUERY',
        'ORGANIZATION_QUERY',
        'EVENT_QUERY',
      ]),
    );
  });

  test.each(documents)('%s is valid against schema/schema.graphql', (_name, text) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });
});
