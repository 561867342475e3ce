import type { Driver } from 'neo4j-driver';
import { sectionSpec } from '../../src/curation/sections';
import { loadDataset, readDataset } from '../../src/dataset/load';
import type { Graph } from '../../src/neo4j/run';
import { apiKey, startCurationServer, tokenFor, type CurationServer } from '../curation/http';

// Writes go to the fixture Neo4j, loaded here with the real dataset, so the real network the other tests read stays
// untouched. Records created here are synthetic (example.org sources, "synthetic" in their names).
let driver: Driver;
let graph: Graph;
let api: CurationServer;
const as: CurationServer['as'] = (...args) => api.as(...args);

let editor: Record<string, string>;

const source = {
  id: 'synthetic-test-source',
  url: 'https://example.org/synthetic/test-source',
  title: 'Synthetic test source',
  publisher: 'example.org',
  language: 'en',
  primary: false,
};
const organization = {
  id: 'org-synthetic-curation-test',
  slug: 'synthetic-curation-test',
  name: 'Synthetic Curation Test',
  aliases: ['SCT'],
  kind: 'ORGANIZATION',
  sector: 'CIVIL',
  disciplines: ['theatre'],
  founded: '2019-04',
  website: null,
  city: 'zajecar',
  country: null,
  countries: [],
  sources: [{ source: 'synthetic-test-source', quote: 'a synthetic quote' }],
};

const CREATE = `mutation Create($input: OrganizationInput!, $newSources: [SourceInput!]) {
  createOrganization(input: $input, newSources: $newSources) {
    status version changedFields
    change { id by operation kind key fields before after requestId }
    newSources { status version source { id url } }
    organization { id name version city { slug } sector founded aliases sources { quote source { id } } }
  }
}`;
const UPDATE = `mutation Update($id: ID!, $v: Int!, $changes: OrganizationChanges!) {
  updateOrganization(id: $id, expectedVersion: $v, changes: $changes) {
    status version changedFields change { fields before after by }
    organization { id version website city { slug } }
  }
}`;

beforeAll(async () => {
  api = await startCurationServer();
  ({ driver, graph } = api);
  editor = await tokenFor('ana', ['editor']);
}, 120_000);

afterAll(() => api.stop());

describe('who may write', () => {
  test('no credentials: 401 UNAUTHENTICATED, nothing written', async () => {
    const answer = await as({}, CREATE, { input: organization, newSources: [source] });
    expect(answer.status).toBe(401);
    expect(answer.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(answer.errors![0].message).toMatch(/createOrganization needs credentials/);
  });

  test('a token without the editor role: 403 FORBIDDEN', async () => {
    const answer = await as(await tokenFor('reader', []), CREATE, { input: organization, newSources: [source] });
    expect(answer.status).toBe(403);
    expect(answer.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', needed: ['editor'], held: [] });
    const found = await as({}, '{ organization(id: "org-synthetic-curation-test") { id } }');
    expect(found.data).toEqual({ organization: null });
  });
});

describe('create', () => {
  test('an organization and its new source in one transaction, with a change record each', async () => {
    const before = await as({}, '{ organizations { totalCount } }');
    const answer = await as({ ...editor, 'x-request-id': 'req-create-1' }, CREATE, { input: organization, newSources: [source] });
    expect(answer.errors).toBeUndefined();
    const write = answer.data.createOrganization;
    expect(write).toMatchObject({ status: 'CREATED', version: 1 });
    // Every field of the record is new, those the input leaves out (inferred) too.
    expect(write.changedFields).toEqual(sectionSpec('organizations').fields);
    expect(write.change).toMatchObject({
      by: 'ana',
      operation: 'CREATE',
      kind: 'organizations',
      key: organization.id,
      requestId: 'req-create-1',
      before: null,
    });
    expect(JSON.parse(write.change.after)).toMatchObject({ name: 'Synthetic Curation Test', city: 'zajecar' });
    expect(write.newSources).toEqual([{ status: 'CREATED', version: 1, source: { id: source.id, url: source.url } }]);
    expect(write.organization).toEqual({
      id: organization.id,
      name: 'Synthetic Curation Test',
      version: 1,
      city: { slug: 'zajecar' },
      sector: 'CIVIL',
      founded: '2019-04',
      aliases: ['SCT'],
      sources: [{ quote: 'a synthetic quote', source: { id: source.id } }],
    });
    const after = await as({}, '{ organizations { totalCount } }');
    expect(after.data.organizations.totalCount).toBe(before.data.organizations.totalCount + 1);
    const search = await as({}, '{ search(text: "synthetic curation") { node { ... on Organization { id } } } }');
    expect(search.data.search).toContainEqual({ node: { id: organization.id } });
  });

  test('a retried create with the same content writes nothing', async () => {
    const answer = await as(editor, CREATE, { input: organization, newSources: [source] });
    expect(answer.data.createOrganization).toMatchObject({ status: 'UNCHANGED', version: 1, changedFields: [], change: null });
    const history = await as({}, `{ history(id: "${organization.id}") { nodes { operation } } }`);
    expect(history.errors).toBeUndefined();
    expect(history.data.history.nodes).toEqual([{ operation: 'CREATE' }]);
  });

  test('the same id with other content is CONFLICT, and nothing changes', async () => {
    const answer = await as(editor, CREATE, { input: { ...organization, name: 'Another Name' }, newSources: [source] });
    expect(answer.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      section: 'organizations',
      key: organization.id,
      currentVersion: 1,
    });
    const found = await as({}, `{ organization(id: "${organization.id}") { name version } }`);
    expect(found.data.organization).toEqual({ name: 'Synthetic Curation Test', version: 1 });
  });

  test.each<[string, Record<string, unknown>, string[], RegExp]>([
    ['an unknown city', { city: 'atlantis' }, ['input', 'city'], /unknown city "atlantis"/],
    [
      'a citation of an unknown source',
      { sources: [{ source: 'no-such-source', quote: null }] },
      ['input', 'sources', '0', 'source'],
      /unknown source/,
    ],
    ['no citation', { sources: [] }, ['input', 'sources'], /must cite at least one source/],
    ['an impossible date', { founded: '2019-13' }, ['input', 'founded'], /YYYY/],
  ])('%s is BAD_USER_INPUT at its argument path, nothing written', async (_name, change, argumentPath, message) => {
    const input = { ...organization, id: 'org-synthetic-invalid', slug: 'synthetic-invalid', ...change };
    const answer = await as(editor, CREATE, { input });
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath });
    expect(answer.errors![0].message).toMatch(message);
    expect((await as({}, '{ organization(id: "org-synthetic-invalid") { id } }')).data).toEqual({ organization: null });
  });
});

describe('update', () => {
  test('from the version read: UPDATED, version 2, only the changed fields recorded', async () => {
    const answer = await as(editor, UPDATE, { id: organization.id, v: 1, changes: { website: 'https://example.org/sct', city: 'nis' } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.updateOrganization).toMatchObject({
      status: 'UPDATED',
      version: 2,
      changedFields: ['website', 'city'],
      organization: { id: organization.id, version: 2, website: 'https://example.org/sct', city: { slug: 'nis' } },
    });
    const change = answer.data.updateOrganization.change;
    expect(JSON.parse(change.before)).toEqual({ website: null, city: 'zajecar' });
    expect(JSON.parse(change.after)).toEqual({ website: 'https://example.org/sct', city: 'nis' });
  });

  test('from a stale version: CONFLICT with the current version, nothing written', async () => {
    const answer = await as(editor, UPDATE, { id: organization.id, v: 1, changes: { website: 'https://example.org/other' } });
    expect(answer.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const found = await as({}, `{ organization(id: "${organization.id}") { website version } }`);
    expect(found.data.organization).toEqual({ website: 'https://example.org/sct', version: 2 });
  });

  test('an unknown id is NOT_FOUND', async () => {
    const answer = await as(editor, UPDATE, { id: 'org-no-such-thing', v: 1, changes: { name: 'x' } });
    expect(answer.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', kind: 'organizations', key: 'org-no-such-thing' });
  });

  test('an API key with the editor role writes, recorded under its name', async () => {
    const answer = await as({ 'x-api-key': apiKey }, UPDATE, { id: organization.id, v: 2, changes: { aliases: ['SCT', 'С.К.Т.'] } });
    expect(answer.data.updateOrganization).toMatchObject({ status: 'UPDATED', version: 3, change: { by: 'api-key:script' } });
  });

  test('history pages through a record, newest first; edits filter by caller', async () => {
    const first = await as(
      {},
      `{ history(id: "${organization.id}", first: 2) { nodes { operation by } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.data.history.nodes).toEqual([
      { operation: 'UPDATE', by: 'api-key:script' },
      { operation: 'UPDATE', by: 'ana' },
    ]);
    expect(first.data.history.pageInfo.hasNextPage).toBe(true);
    const next = await as(
      {},
      `{ history(id: "${organization.id}", first: 2, after: "${first.data.history.pageInfo.endCursor}") { nodes { operation } pageInfo { hasNextPage } } }`,
    );
    expect(next.data.history).toEqual({ nodes: [{ operation: 'CREATE' }], pageInfo: { hasNextPage: false } });
    const edits = await as({}, '{ edits(by: "ana", kind: "organizations") { nodes { key operation } } }');
    expect(edits.data.edits.nodes).toEqual([
      { key: organization.id, operation: 'UPDATE' },
      { key: organization.id, operation: 'CREATE' },
    ]);
    const forged = await as({}, `{ history(id: "${organization.id}", after: "Zm9yZ2Vk") { nodes { id } } }`);
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['after'] });
  });
});

test('an update keeps what it does not name: Kooperativa keeps its seven founding countries', async () => {
  const countries = async () =>
    (
      await driver.executeQuery(
        'MATCH (:Organization {id: "org-kooperativa"})-[:SPANS_COUNTRY]->(k:Country) RETURN k.code AS code ORDER BY code',
      )
    ).records.map((r) => r.get('code') as string);
  const before = await countries();
  expect(before).toEqual(['BA', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK']);
  const answer = await as(editor, UPDATE, {
    id: 'org-kooperativa',
    v: 1,
    changes: { website: 'https://example.org/kooperativa-synthetic' },
  });
  expect(answer.data.updateOrganization).toMatchObject({ status: 'UPDATED', version: 2, changedFields: ['website'] });
  expect(await countries()).toEqual(before);
});

describe('curated edits survive a reload of data/nkss.json', () => {
  test('a dataset organization changed through the API keeps the change; one created through the API stays', async () => {
    const read = await as({}, '{ organization(id: "org-agora-act-action") { version website city { slug } } }');
    expect(read.data.organization).toEqual({ version: 1, website: null, city: { slug: 'bela-crkva' } });
    const changed = await as(editor, UPDATE, {
      id: 'org-agora-act-action',
      v: 1,
      changes: { website: 'https://example.org/agora-synthetic-website' },
    });
    expect(changed.data.updateOrganization).toMatchObject({ status: 'UPDATED', version: 2 });

    const reload = await loadDataset(graph, readDataset(), { force: true });
    // Agora Act Action and Kooperativa, both changed through the API in this file.
    expect(reload).toMatchObject({ status: 'loaded', curatedKept: 2 });

    const after = await as({}, '{ organization(id: "org-agora-act-action") { version website city { slug } sources { source { id } } } }');
    expect(after.data.organization).toMatchObject({
      version: 2,
      website: 'https://example.org/agora-synthetic-website',
      city: { slug: 'bela-crkva' },
    });
    expect(after.data.organization.sources.length).toBeGreaterThan(0);
    const created = await as({}, `{ organization(id: "${organization.id}") { version city { slug } } }`);
    expect(created.data.organization).toEqual({ version: 3, city: { slug: 'nis' } });
  });
});

describe('memberships', () => {
  const ADMIT = `mutation Admit($input: MembershipInput!) {
    admitMember(input: $input) {
      status version changedFields change { kind key operation by }
      membership { since until founding member { ... on Organization { id } } association { id } }
    }
  }`;
  const END = `mutation End($v: Int!, $until: String!) {
    endMembership(member: "${organization.id}", association: "org-nkss", until: $until, expectedVersion: $v,
      sources: [{ source: "synthetic-test-source", quote: "a synthetic end" }]) {
      status version changedFields change { before after }
      membership { since until }
    }
  }`;
  const membership = {
    member: organization.id,
    association: 'org-nkss',
    since: '2026-10-10',
    founding: false,
    admittedAt: null,
    sources: [{ source: 'synthetic-test-source', quote: 'a synthetic admission' }],
  };

  test('admitMember: CREATED at version 1, recorded under member/association; a retry changes nothing', async () => {
    const answer = await as(editor, ADMIT, { input: membership });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.admitMember).toEqual({
      status: 'CREATED',
      version: 1,
      changedFields: ['member', 'association', 'since', 'until', 'founding', 'admittedAt', 'sources'],
      change: { kind: 'memberships', key: `${organization.id}/org-nkss`, operation: 'CREATE', by: 'ana' },
      membership: { since: '2026-10-10', until: null, founding: false, member: { id: organization.id }, association: { id: 'org-nkss' } },
    });
    const retry = await as(editor, ADMIT, { input: membership });
    expect(retry.data.admitMember).toMatchObject({ status: 'UNCHANGED', version: 1, change: null });
  });

  test('admitMember of an unknown member is BAD_USER_INPUT at input.member; without a token 401', async () => {
    const unknown = await as(editor, ADMIT, { input: { ...membership, member: 'org-synthetic-nobody' } });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['input', 'member'] });
    expect((await as({}, ADMIT, { input: membership })).status).toBe(401);
  });

  test('endMembership: from a stale version CONFLICT; from the version read UPDATED with until and the new citation', async () => {
    const stale = await as(editor, END, { v: 2, until: '2026-11' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const ended = await as(editor, END, { v: 1, until: '2026-11' });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endMembership).toMatchObject({
      status: 'UPDATED',
      version: 2,
      changedFields: ['until', 'sources'],
      membership: { since: '2026-10-10', until: '2026-11' },
    });
    expect(JSON.parse(ended.data.endMembership.change.after)).toEqual({
      until: '2026-11',
      sources: [
        { source: 'synthetic-test-source', quote: 'a synthetic admission' },
        { source: 'synthetic-test-source', quote: 'a synthetic end' },
      ],
    });
    const bad = await as(editor, END, { v: 2, until: '2026-13' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['until'] });
    const missing = await as(
      editor,
      `mutation { endMembership(member: "org-synthetic-nobody", association: "org-nkss", until: "2026", expectedVersion: 1,
        sources: [{ source: "synthetic-test-source" }]) { status } }`,
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', kind: 'memberships', key: 'org-synthetic-nobody/org-nkss' });
  });
});
