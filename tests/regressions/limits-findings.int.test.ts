import { getIntrospectionQuery } from 'graphql';
import { startTestServer, type TestServer } from '../helpers/server';

/** Findings of the schema walk and the argument properties (issue 8), each fixed; one test each. */

let development: TestServer;
let production: TestServer;
beforeAll(async () => {
  [development, production] = await Promise.all([startTestServer({ nodeEnv: 'development' }), startTestServer({ nodeEnv: 'production' })]);
});
afterAll(() => Promise.all([development.stop(), production.stop()]));

test("graphql-js's standard introspection query (GraphiQL, codegen) passes the depth limit in development", async () => {
  const res = await development.gql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
  expect(res.errors).toBeUndefined();
  expect(res.data!.__schema.queryType.name).toBe('Query');
});

test('a page size past its maximum is refused for what it is (BAD_USER_INPUT on first), not as a cost', async () => {
  const res = await production.gql(`{ changes(from: "2016-12-31", to: "2017-12-31") { membersAdmitted(first: 188) { since } } }`);
  expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0].extensions.argumentPath).toEqual(['first']);
});

test('a variable of the wrong type names the variable in argumentPath', async () => {
  const res = await production.gql('query ($first: Int!) { organizations(first: $first) { totalCount } }', { first: 2 ** 33 });
  expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0].extensions.argumentPath).toEqual(['$first']);
});

test('organization and person with an id or slug variable left null: one of them, or BAD_USER_INPUT', async () => {
  const query = `query ($id: String, $slug: String) {
    organization(id: $id, slug: $slug) { id }
  }`;
  const bySlug = await production.gql<{ organization: { id: string } }>(query, { id: null, slug: 'nkss' });
  expect(bySlug.data!.organization.id).toBe('org-nkss');
  const neither = await production.gql(query, { id: null, slug: null });
  expect(neither.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  const person = await production.gql(`query ($slug: String) { person(slug: $slug) { id } }`, { slug: null });
  expect(person.errors![0].extensions.code).toBe('BAD_USER_INPUT');
});
