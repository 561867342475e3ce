import type { Driver } from 'neo4j-driver';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The schema walk (issue 8) found `Event.facts` answering INTERNAL_SERVER_ERROR for an event written without facts
 * (by another writer than the dataset loader, here a SYNTHETIC fixture): an event that states no facts has none, [].
 */

let driver: Driver;
let server: TestServer;
beforeAll(async () => {
  driver = fixtureDriver();
  await resetFixtures(driver);
  await driver.executeQuery(
    `CREATE (:Entity:Event:Synthetic {uid: 'Event:syn-bare-event', slug: 'syn-bare-event', name: 'Bare event', kind: 'REGULAR_ASSEMBLY', status: 'HELD'})`,
  );
  server = await startTestServer({ uri: process.env.NKSS_TEST_FIXTURE_URI });
});
afterAll(async () => {
  await server.stop();
  await driver.executeQuery('MATCH (e:Synthetic {slug: "syn-bare-event"}) DETACH DELETE e');
  await driver.close();
});

test('an event written without facts answers facts: []', async () => {
  const res = await server.gql<{ event: { name: string; facts: string[] } }>('{ event(slug: "syn-bare-event") { name facts } }');
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ event: { name: 'Bare event', facts: [] } });
});
