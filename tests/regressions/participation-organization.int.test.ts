import { startTestServer, type TestServer } from '../helpers/server';

/** Issue 8: `programmes { organization }` failed with "loader.load() must be called with a value" (no organization id). */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

test('a participation names its organization, from a page and from one organization', async () => {
  const res = await server.gql<{
    organization: { id: string; programmes: { organization: { id: string }; programme: { slug: string } }[] };
    organizations: { nodes: { id: string; programmes: { organization: { id: string } }[] }[] };
  }>(`{
    organization(slug: "nkss") { id programmes { organization { id } programme { slug } } }
    organizations(first: 100) { nodes { id programmes { organization { id } } } }
  }`);
  expect(res.errors).toBeUndefined();
  const { organization, organizations } = res.data!;
  expect(organization.programmes.length).toBeGreaterThan(0);
  expect(organization.programmes.every((p) => p.organization.id === organization.id)).toBe(true);
  const withProgrammes = organizations.nodes.filter((o) => o.programmes.length > 0);
  expect(withProgrammes.length).toBeGreaterThan(3);
  for (const o of withProgrammes) expect(o.programmes.every((p) => p.organization.id === o.id)).toBe(true);
});
