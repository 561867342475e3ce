import { exportDataset } from '../../src/curation/export';
import { loadDataset, readDataset } from '../../src/dataset/load';
import { startCurationServer, tokenFor, type CurationServer } from '../curation/http';

// The create/update mutations of every section the record factory writes (src/graph/curation/record.resolver.ts),
// attachCitation, and retraction, restore and purge, over real HTTP with real tokens, against the fixture Neo4j loaded
// with the real dataset. Records created here are synthetic (example.org sources, "synthetic" in their names).
let api: CurationServer;
const as: CurationServer['as'] = (...args) => api.as(...args);
let editor: Record<string, string>;
let admin: Record<string, string>;
let reader: Record<string, string>;

beforeAll(async () => {
  api = await startCurationServer();
  [editor, admin, reader] = await Promise.all([tokenFor('ana', ['editor']), tokenFor('boss', ['admin']), tokenFor('reader', [])]);
}, 120_000);

afterAll(() => api.stop());

const SOURCE = 'synthetic-records-source';
const newSources = [
  {
    id: SOURCE,
    url: 'https://example.org/synthetic/records',
    title: 'Synthetic records source',
    publisher: 'example.org',
    language: 'en',
    primary: false,
  },
];
const cite = (quote: string) => [{ source: SOURCE, quote }];

const WRITE = 'status version kind key changedFields record change { operation kind key by } node { id } newSources { status }';
const create = (name: string) =>
  `mutation C($input: ${name}Input!, $newSources: [SourceInput!]) { create${name}(input: $input, newSources: $newSources) { ${WRITE} } }`;
const update = (name: string) =>
  `mutation U($id: ID!, $v: Int!, $changes: ${name}Changes!) { update${name}(id: $id, expectedVersion: $v, changes: $changes) { ${WRITE} } }`;

/** [type name, section, input, record key, Node id (null: a relationship record), a change, another value for a conflict]. */
const cases: [string, string, Record<string, unknown>, string, string | null, Record<string, unknown>, Record<string, unknown>][] = [
  [
    'Person',
    'people',
    { id: 'person-synthetic-curator', slug: 'synthetic-curator', name: 'Synthetic Curator', city: 'nis', sources: cite('a person') },
    'person-synthetic-curator',
    'person-synthetic-curator',
    { aliases: ['S. Curator'] },
    { name: 'Another Curator' },
  ],
  [
    'Country',
    'countries',
    { code: 'ZZ', name: 'Synthetic Country', nameSr: 'Sintetička zemlja', southeastEurope: false, sources: cite('a country') },
    'ZZ',
    'Country:ZZ',
    { southeastEurope: true },
    { name: 'Another Country' },
  ],
  [
    'Region',
    'regions',
    { slug: 'synthetic-region', name: 'Sintetički region', country: 'ZZ', sources: cite('a region') },
    'synthetic-region',
    'Region:synthetic-region',
    { nameEn: 'Synthetic Region' },
    { name: 'Drugi region' },
  ],
  [
    'District',
    'districts',
    { slug: 'synthetic-district', name: 'Sintetički okrug', region: 'synthetic-region', sources: cite('a district') },
    'synthetic-district',
    'District:synthetic-district',
    { nameCyr: 'Синтетички округ' },
    { name: 'Drugi okrug' },
  ],
  [
    'City',
    'cities',
    {
      slug: 'synthetic-city',
      name: 'Sintetički grad',
      type: 'CITY',
      district: 'synthetic-district',
      country: 'ZZ',
      sources: cite('a city'),
    },
    'synthetic-city',
    'City:synthetic-city',
    { population2022: 1234 },
    { name: 'Drugi grad' },
  ],
  [
    'Event',
    'events',
    {
      slug: 'synthetic-assembly-2026',
      kind: 'REGULAR_ASSEMBLY',
      name: 'Synthetic assembly',
      status: 'HELD',
      start: '2026-10',
      city: 'synthetic-city',
      organizers: ['org-nkss'],
      sources: cite('an assembly'),
    },
    'synthetic-assembly-2026',
    'Event:synthetic-assembly-2026',
    { nameEn: 'Synthetic assembly (English)' },
    { status: 'ANNOUNCED' },
  ],
  [
    'Programme',
    'programmes',
    {
      slug: 'synthetic-programme',
      name: 'Synthetic programme',
      kind: 'PROJECT',
      start: '2026',
      cities: ['synthetic-city'],
      sources: cite('a programme'),
    },
    'synthetic-programme',
    'Programme:synthetic-programme',
    { end: '2027' },
    { kind: 'FESTIVAL' },
  ],
  [
    'Participation',
    'participations',
    { organization: 'org-nkss', programme: 'synthetic-programme', role: 'lead', sources: cite('a participation') },
    'org-nkss/synthetic-programme/lead',
    null,
    { sources: [...cite('a participation'), ...cite('and again')] },
    { sources: cite('other words') },
  ],
  [
    'Partnership',
    'partnerships',
    {
      id: 'partnership-synthetic-test',
      from: 'org-nkss',
      to: 'org-bifc',
      kind: 'COOPERATION',
      since: '2026',
      sources: cite('a partnership'),
    },
    'partnership-synthetic-test',
    null,
    { note: 'A synthetic note.' },
    { kind: 'AGREEMENT' },
  ],
  [
    'NetworkMembership',
    'networkMemberships',
    { organization: 'org-bifc', network: 'org-kooperativa', since: '2026', role: 'member', sources: cite('a network membership') },
    'org-bifc/org-kooperativa',
    null,
    { since: '2026-05' },
    { role: 'founder' },
  ],
  [
    'BoardRole',
    'roles',
    {
      id: 'role-synthetic-curator-board',
      person: 'person-synthetic-curator',
      organization: 'org-nkss',
      title: 'Synthetic board member',
      since: '2026-10',
      electedAt: 'synthetic-assembly-2026',
      sources: cite('a board role'),
    },
    'role-synthetic-curator-board',
    'role-synthetic-curator-board',
    // heldAsOf: a day a source shows the role held (the 2020 board is known so), apart from since.
    { heldAsOf: '2026-10-20', until: '2026-11' },
    { title: 'Synthetic president' },
  ],
  [
    'MembershipReport',
    'membershipReports',
    {
      id: 'report-synthetic-2026',
      association: 'org-nkss',
      asOf: '2026-10',
      event: 'synthetic-assembly-2026',
      memberCount: 117,
      memberQualifier: 'MORE_THAN',
      primary: false,
      sources: cite('a report'),
    },
    'report-synthetic-2026',
    'report-synthetic-2026',
    { cityCount: 40, cityQualifier: 'ABOUT' },
    { memberCount: 118 },
  ],
  [
    'Goal',
    'goals',
    {
      code: 'G99',
      titleSr: 'sintetički cilj',
      titleEn: 'a synthetic goal',
      titleEnOrigin: 'DATASET_TRANSLATION',
      themes: ['research'],
      sources: cite('a goal'),
    },
    'G99',
    'Goal:G99',
    { themes: ['research', 'education'] },
    { titleEn: 'another synthetic goal' },
  ],
  [
    'Agreement',
    'agreements',
    {
      id: 'agreement-synthetic-2026',
      name: 'Synthetic agreement',
      signed: '2026-10',
      parties: ['org-bifc', 'org-nkss'],
      event: 'synthetic-assembly-2026',
      sources: cite('an agreement'),
    },
    'agreement-synthetic-2026',
    'agreement-synthetic-2026',
    { note: 'A synthetic note.' },
    { name: 'Another synthetic agreement' },
  ],
  [
    'Affiliation',
    'affiliations',
    { person: 'person-synthetic-curator', organization: 'org-bifc', note: 'Listed with them.', sources: cite('an affiliation') },
    'person-synthetic-curator/org-bifc',
    null,
    { note: 'Listed with them in 2026.' },
    { note: 'Not listed with them.' },
  ],
];

describe.each(cases)('%s (%s)', (name, section, input, key, nodeId, changes, other) => {
  test('without credentials 401, without the editor role 403; nothing written', async () => {
    const anonymous = await as({}, create(name), { input, newSources });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const forbidden = await as(reader, create(name), { input, newSources });
    expect(forbidden.status).toBe(403);
    expect(forbidden.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', needed: ['editor'] });
    const history = await as({}, `{ history(id: "${key}", kind: "${section}") { nodes { id } } }`);
    expect(history.data.history.nodes).toEqual([]);
  });

  test('create: CREATED at version 1 with a change record; a retry changes nothing; other content is CONFLICT', async () => {
    const created = await as(editor, create(name), { input, newSources });
    expect(created.errors).toBeUndefined();
    const write = created.data[`create${name}`];
    expect(write).toMatchObject({
      status: 'CREATED',
      version: 1,
      kind: section,
      key,
      change: { operation: 'CREATE', kind: section, key, by: 'ana' },
    });
    expect(JSON.parse(write.record)).toMatchObject(input);
    expect(write.node).toEqual(nodeId === null ? null : { id: nodeId });
    // The source is new only for the first record; the others find it identical.
    expect(write.newSources).toHaveLength(1);

    const retry = await as(editor, create(name), { input, newSources });
    expect(retry.data[`create${name}`]).toMatchObject({ status: 'UNCHANGED', version: 1, changedFields: [], change: null });

    const conflict = await as(editor, create(name), { input: { ...input, ...other }, newSources });
    expect(conflict.errors![0].extensions).toMatchObject({ code: 'CONFLICT', section, key, currentVersion: 1 });
  });

  test('update from the version read: UPDATED at version 2; from a stale version CONFLICT, nothing written', async () => {
    const updated = await as(editor, update(name), { id: key, v: 1, changes });
    expect(updated.errors).toBeUndefined();
    expect(updated.data[`update${name}`]).toMatchObject({ status: 'UPDATED', version: 2, changedFields: Object.keys(changes) });
    expect(JSON.parse(updated.data[`update${name}`].record)).toMatchObject(changes);

    const stale = await as(editor, update(name), { id: key, v: 1, changes: other });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const history = await as({}, `{ history(id: "${key}", kind: "${section}") { nodes { operation } } }`);
    expect(history.data.history.nodes).toEqual([{ operation: 'UPDATE' }, { operation: 'CREATE' }]);
  });
});

describe('the association (update only)', () => {
  const UPDATE = update('Association');
  const website = 'https://example.org/synthetic/nkss';

  test('has no create mutation; without credentials 401, without the editor role 403', async () => {
    const create = await as(editor, `mutation { createAssociation(input: {}) { status } }`);
    expect(create.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await as({}, UPDATE, { id: 'org-nkss', v: 1, changes: { website } })).status).toBe(401);
    const forbidden = await as(reader, UPDATE, { id: 'org-nkss', v: 1, changes: { website } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', needed: ['editor'] });
  });

  test('update from the version read: UPDATED; the same again UNCHANGED; from a stale version CONFLICT; history', async () => {
    const updated = await as(editor, UPDATE, { id: 'org-nkss', v: 1, changes: { website } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateAssociation).toMatchObject({
      status: 'UPDATED',
      version: 2,
      kind: 'association',
      key: 'org-nkss',
      changedFields: ['website'],
      change: { operation: 'UPDATE', kind: 'association', key: 'org-nkss', by: 'ana' },
      node: { id: 'org-nkss' },
    });
    expect(JSON.parse(updated.data.updateAssociation.record)).toMatchObject({ id: 'org-nkss', slug: 'nkss', website });
    const same = await as(editor, UPDATE, { id: 'org-nkss', v: 2, changes: { website } });
    expect(same.data.updateAssociation).toMatchObject({ status: 'UNCHANGED', version: 2, changedFields: [], change: null });
    const stale = await as(editor, UPDATE, { id: 'org-nkss', v: 1, changes: { acronym: 'NKS' } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const read = await as({}, '{ association(slug: "nkss") { website acronym } }');
    expect(read.data.association).toEqual({ website, acronym: 'NKSS' });
    const history = await as({}, '{ history(id: "org-nkss", kind: "association") { nodes { operation fields } } }');
    expect(history.data.history.nodes).toEqual([{ operation: 'UPDATE', fields: ['website'] }]);
  });
});

test('the written records answer through the read API: the city in its district, the report, the goal, the agreement, the affiliation', async () => {
  const answer = await as(
    {},
    `{ city: node(id: "City:synthetic-city") { ... on City { name population2022 district { slug } } }
       report: node(id: "report-synthetic-2026") { ... on MembershipReport { memberCount memberQualifier cityCount } }
       person(id: "person-synthetic-curator") { name aliases affiliations { note } }
       goal: node(id: "Goal:G99") { ... on Goal { titleEn themes } }
       agreement: node(id: "agreement-synthetic-2026") { ... on Agreement { name note } } }`,
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual({
    city: { name: 'Sintetički grad', population2022: 1234, district: { slug: 'synthetic-district' } },
    report: { memberCount: 117, memberQualifier: 'MORE_THAN', cityCount: 40 },
    person: { name: 'Synthetic Curator', aliases: ['S. Curator'], affiliations: [{ note: 'Listed with them in 2026.' }] },
    goal: { titleEn: 'a synthetic goal', themes: ['research', 'education'] },
    agreement: { name: 'Synthetic agreement', note: 'A synthetic note.' },
  });
});

test('a bad reference is BAD_USER_INPUT at its argument path (the dataset validator’s rule), nothing written', async () => {
  const answer = await as(editor, create('Region'), {
    input: { slug: 'synthetic-region-2', name: 'Treći region', country: 'QQ', sources: cite('x') },
  });
  expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['input', 'country'] });
});

describe('attachCitation', () => {
  const ATTACH = `mutation A($kind: String!, $id: ID!, $v: Int!, $quote: String) {
    attachCitation(kind: $kind, id: $id, expectedVersion: $v, citation: { source: "${SOURCE}", quote: $quote }) {
      status version changedFields record change { operation fields } node { id }
    }
  }`;

  test('adds a citation to a node record and to a relationship record, from the version read', async () => {
    const person = await as(editor, ATTACH, { kind: 'people', id: 'person-synthetic-curator', v: 2, quote: 'cited again' });
    expect(person.errors).toBeUndefined();
    expect(person.data.attachCitation).toMatchObject({
      status: 'UPDATED',
      version: 3,
      changedFields: ['sources'],
      change: { operation: 'UPDATE', fields: ['sources'] },
      node: { id: 'person-synthetic-curator' },
    });
    expect(JSON.parse(person.data.attachCitation.record).sources).toEqual([...cite('a person'), ...cite('cited again')]);

    // A membership of the dataset, named by its key as history takes it.
    const membership = await as(editor, ATTACH, { kind: 'memberships', id: 'org-agora-act-action/org-nkss', v: 1, quote: 'a member' });
    expect(membership.errors).toBeUndefined();
    expect(membership.data.attachCitation).toMatchObject({ status: 'UPDATED', version: 2, node: null });
    expect((JSON.parse(membership.data.attachCitation.record) as { sources: unknown[] }).sources.at(-1)).toEqual({
      source: SOURCE,
      quote: 'a member',
    });
  });

  test('stale: CONFLICT; a reader: FORBIDDEN; an unknown record: NOT_FOUND; a source cites nothing: BAD_USER_INPUT', async () => {
    const stale = await as(editor, ATTACH, { kind: 'people', id: 'person-synthetic-curator', v: 2, quote: 'late' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    expect((await as(reader, ATTACH, { kind: 'people', id: 'person-synthetic-curator', v: 3 })).status).toBe(403);
    const unknown = await as(editor, ATTACH, { kind: 'people', id: 'person-synthetic-nobody', v: 1 });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', kind: 'people', key: 'person-synthetic-nobody' });
    const source = await as(editor, ATTACH, { kind: 'sources', id: SOURCE, v: 1 });
    expect(source.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['kind'] });
  });
});

describe('retraction, restore and purge', () => {
  const RETRACT = `mutation R($kind: String!, $id: ID!, $v: Int!, $reason: String!) {
    retract(kind: $kind, id: $id, expectedVersion: $v, reason: $reason) { kind key version change { operation by after } }
  }`;
  const RESTORE = `mutation S($kind: String!, $id: ID!, $v: Int!) { restore(kind: $kind, id: $id, expectedVersion: $v) { version change { operation } } }`;
  const PURGE = `mutation P($kind: String!, $id: ID!, $v: Int!) { purge(kind: $kind, id: $id, expectedVersion: $v) { version change { operation before } } }`;
  const RETRACTED = `query L($kind: String) { retracted(kind: $kind) { nodes { kind key version reason by record } } }`;
  const org = {
    id: 'org-synthetic-retractable',
    slug: 'synthetic-retractable',
    name: 'Synthetic Retractable',
    city: 'synthetic-city',
    sources: cite('an organization'),
  };
  const DECENTRALIZATION = '{ decentralization(asOf: "2026-11-01", basis: MEMBERS) { coverage { membersKnown } } }';
  const READS = `{
    organizations { totalCount }
    organization(id: "org-synthetic-retractable") { id }
    search(text: "synthetic retractable") { node { ... on Organization { id } } }
    bifc: organization(id: "org-bifc") { partners(first: 100) { nodes { partner { id } } } }
  }`;
  let baseline: { organizations: number; members: number };

  beforeAll(async () => {
    const before = await as({}, READS);
    const members = await as({}, DECENTRALIZATION);
    baseline = { organizations: before.data.organizations.totalCount, members: members.data.decentralization.coverage.membersKnown };
    const written = await as(
      editor,
      `mutation W($org: OrganizationInput!, $m: MembershipInput!, $p: PartnershipInput!) {
        createOrganization(input: $org) { status }
        admitMember(input: $m) { status }
        createPartnership(input: $p) { status }
      }`,
      {
        org,
        m: { member: org.id, association: 'org-nkss', since: '2026-10', founding: false, sources: cite('admitted') },
        p: { id: 'partnership-synthetic-retractable', from: org.id, to: 'org-bifc', kind: 'COOPERATION', sources: cite('partners') },
      },
    );
    expect(written.errors).toBeUndefined();
  });

  test('a node that live records point at is CONFLICT, listing them; editors may not retract', async () => {
    const forbidden = await as(editor, RETRACT, { kind: 'organizations', id: org.id, v: 1, reason: 'x' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', needed: ['admin'] });
    expect((await as({}, RETRACT, { kind: 'organizations', id: org.id, v: 1, reason: 'x' })).status).toBe(401);
    const referenced = await as(admin, RETRACT, { kind: 'organizations', id: org.id, v: 1, reason: 'a synthetic test' });
    expect(referenced.errors![0].extensions).toMatchObject({ code: 'CONFLICT', key: org.id });
    expect(referenced.errors![0].message).toMatch(/MEMBER_OF Organization:org-nkss/);
    expect(referenced.errors![0].message).toMatch(/PARTNERS_WITH Organization:org-bifc/);
  });

  test('retracting the membership, the partnership and then the organization hides each from every answer; ties rebuilt', async () => {
    const before = await as({}, READS);
    expect(before.data.organizations.totalCount).toBe(baseline.organizations + 1);
    expect(before.data.search).toContainEqual({ node: { id: org.id } });
    expect(before.data.bifc.partners.nodes).toContainEqual({ partner: { id: org.id } });
    expect((await as({}, DECENTRALIZATION)).data.decentralization.coverage.membersKnown).toBe(baseline.members + 1);

    const stale = await as(admin, RETRACT, { kind: 'memberships', id: `${org.id}/org-nkss`, v: 2, reason: 'x' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const membership = await as(admin, RETRACT, { kind: 'memberships', id: `${org.id}/org-nkss`, v: 1, reason: 'admitted by mistake' });
    expect(membership.errors).toBeUndefined();
    expect(membership.data.retract).toMatchObject({ kind: 'memberships', key: `${org.id}/org-nkss`, version: 2 });
    expect(membership.data.retract.change).toEqual({ operation: 'RETRACT', by: 'boss', after: '{"reason":"admitted by mistake"}' });
    expect((await as({}, DECENTRALIZATION)).data.decentralization.coverage.membersKnown).toBe(baseline.members);

    const partnership = await as(admin, RETRACT, {
      kind: 'partnerships',
      id: 'partnership-synthetic-retractable',
      v: 1,
      reason: 'not stated',
    });
    expect(partnership.errors).toBeUndefined();
    const withoutTie = await as({}, READS);
    expect(withoutTie.data.bifc.partners.nodes).not.toContainEqual({ partner: { id: org.id } });
    const ties = await api.driver.executeQuery(
      'MATCH (:Entity {uid: "Organization:org-synthetic-retractable"})-[t:TIED_TO]-() RETURN count(t) AS n',
    );
    expect(Number(ties.records[0].get('n'))).toBe(0);

    const organization = await as(admin, RETRACT, { kind: 'organizations', id: org.id, v: 1, reason: 'a synthetic test' });
    expect(organization.errors).toBeUndefined();
    const after = await as({}, READS);
    expect(after.data.organizations.totalCount).toBe(baseline.organizations);
    expect(after.data.organization).toBeNull();
    expect(after.data.search).not.toContainEqual({ node: { id: org.id } });
    const again = await as(admin, RETRACT, { kind: 'organizations', id: org.id, v: 2, reason: 'twice' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(again.errors![0].message).toMatch(/already retracted/);
  });

  test('retracted answers them with who, when and why; history keeps the retraction', async () => {
    const listed = await as({}, RETRACTED, { kind: 'organizations' });
    expect(listed.data.retracted.nodes).toEqual([
      { kind: 'organizations', key: org.id, version: 2, reason: 'a synthetic test', by: 'boss', record: expect.any(String) },
    ]);
    expect(JSON.parse(listed.data.retracted.nodes[0].record)).toMatchObject({ name: 'Synthetic Retractable', city: 'synthetic-city' });
    const all = await as({}, RETRACTED);
    expect((all.data.retracted.nodes as { key: string }[]).map((n) => n.key)).toEqual([
      org.id,
      'partnership-synthetic-retractable',
      `${org.id}/org-nkss`,
    ]);
    const history = await as({}, `{ history(id: "${org.id}") { nodes { operation by } } }`);
    expect(history.data.history.nodes).toEqual([
      { operation: 'RETRACT', by: 'boss' },
      { operation: 'CREATE', by: 'ana' },
    ]);
  });

  test('includeRetracted answers it by id, slug and node id, with its retraction; without it, null as before', async () => {
    const RETRACTION = 'retraction { kind key version reason by at record }';
    const answer = await as(
      {},
      `{ hidden: organization(id: "${org.id}") { id }
         byId: organization(id: "${org.id}", includeRetracted: true) { id name city { slug } partners { totalCount } ${RETRACTION} }
         bySlug: organization(slug: "${org.slug}", includeRetracted: true) { id retraction { reason } }
         live: organization(id: "org-bifc", includeRetracted: true) { id retraction { reason } }
         node: node(id: "${org.id}") { id }
         retracted: node(id: "${org.id}", includeRetracted: true) { id __typename ... on RetractedNode { type ${RETRACTION} } }
         nodes(ids: ["${org.id}", "org-bifc", "org-synthetic-never-written"], includeRetracted: true) { id __typename } }`,
    );
    expect(answer.errors).toBeUndefined();
    const retraction = {
      kind: 'organizations',
      key: org.id,
      version: 2,
      reason: 'a synthetic test',
      by: 'boss',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      record: expect.any(String),
    };
    expect(answer.data).toEqual({
      hidden: null,
      byId: { id: org.id, name: org.name, city: { slug: 'synthetic-city' }, partners: { totalCount: 0 }, retraction },
      bySlug: { id: org.id, retraction: { reason: 'a synthetic test' } },
      live: { id: 'org-bifc', retraction: null },
      node: null,
      retracted: { id: org.id, __typename: 'RetractedNode', type: 'Organization', retraction },
      nodes: [{ id: org.id, __typename: 'RetractedNode' }, { id: 'org-bifc', __typename: 'Organization' }, null],
    });
    expect(JSON.parse(answer.data.retracted.retraction.record)).toMatchObject({ id: org.id, name: org.name });
  });

  test('a retracted record is not created again (CONFLICT), and nothing new may point at it (BAD_USER_INPUT)', async () => {
    const recreate = await as(editor, `mutation { createOrganization(input: ${gqlInput(org)}) { status } }`);
    expect(recreate.errors![0].extensions).toMatchObject({ code: 'CONFLICT', key: org.id });
    expect(recreate.errors![0].message).toMatch(/was retracted/);
    const pointing = await as(
      editor,
      `mutation { admitMember(input: { member: "${org.id}", association: "org-nkss", sources: [{ source: "${SOURCE}" }] }) { status } }`,
    );
    expect(pointing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['input', 'member'] });
  });

  test('restore brings the membership back from the version retracted shows; then purge is CONFLICT for it (live)', async () => {
    // The member is retracted: the membership cannot come back before it.
    const blocked = await as(admin, RESTORE, { kind: 'memberships', id: `${org.id}/org-nkss`, v: 2 });
    expect(blocked.errors![0].message).toMatch(/points at a retracted record/);
    const restoredOrg = await as(admin, RESTORE, { kind: 'organizations', id: org.id, v: 2 });
    expect(restoredOrg.data.restore).toEqual({ version: 3, change: { operation: 'RESTORE' } });
    const restored = await as(admin, RESTORE, { kind: 'memberships', id: `${org.id}/org-nkss`, v: 2 });
    expect(restored.data.restore).toEqual({ version: 3, change: { operation: 'RESTORE' } });
    expect((await as({}, DECENTRALIZATION)).data.decentralization.coverage.membersKnown).toBe(baseline.members + 1);
    const live = await as(admin, PURGE, { kind: 'memberships', id: `${org.id}/org-nkss`, v: 3 });
    expect(live.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(live.errors![0].message).toMatch(/not retracted/);
  });

  test('purge: an editor is FORBIDDEN; an admin removes the retracted partnership for good, its history stays', async () => {
    const forbidden = await as(editor, PURGE, { kind: 'partnerships', id: 'partnership-synthetic-retractable', v: 2 });
    expect(forbidden.status).toBe(403);
    const purged = await as(admin, PURGE, { kind: 'partnerships', id: 'partnership-synthetic-retractable', v: 2 });
    expect(purged.errors).toBeUndefined();
    expect(purged.data.purge.change.operation).toBe('PURGE');
    expect(JSON.parse(purged.data.purge.change.before)).toMatchObject({ reason: 'not stated', record: { from: org.id, to: 'org-bifc' } });
    const listed = await as({}, RETRACTED, { kind: 'partnerships' });
    expect(listed.data.retracted.nodes).toEqual([]);
    const gone = await api.driver.executeQuery('MATCH ()-[r:RETRACTED {id: "partnership-synthetic-retractable"}]->() RETURN count(r) AS n');
    expect(Number(gone.records[0].get('n'))).toBe(0);
    const history = await as({}, '{ history(id: "partnership-synthetic-retractable") { nodes { operation } } }');
    expect(history.data.history.nodes).toEqual([{ operation: 'PURGE' }, { operation: 'RETRACT' }, { operation: 'CREATE' }]);
  });

  test('a reload of data/nkss.json, even a newer one, does not bring back a retracted dataset record', async () => {
    const READ = `{ node(id: "report-2011-05-22-nkss") { id }
      nkss: organization(id: "org-nkss") { partners(first: 100) { nodes { id } } } }`;
    const tieIds = async () => ((await as({}, READ)).data.nkss.partners.nodes as { id: string }[]).map((p) => p.id);
    expect(await tieIds()).toContainEqual(expect.stringContaining('partnership-nkss-bifc-cooperation-2011'));
    const report = await as(admin, RETRACT, { kind: 'membershipReports', id: 'report-2011-05-22-nkss', v: 1, reason: 'synthetic test' });
    expect(report.errors).toBeUndefined();
    const partnership = await as(admin, RETRACT, {
      kind: 'partnerships',
      id: 'partnership-nkss-bifc-cooperation-2011',
      v: 1,
      reason: 'synthetic test',
    });
    expect(partnership.errors).toBeUndefined();
    const hidden = (await as({}, READ)).data;
    expect(hidden.node).toBeNull();
    expect(await tieIds()).not.toContainEqual(expect.stringContaining('partnership-nkss-bifc-cooperation-2011'));

    const file = readDataset();
    // The same file again, and a "newer" one (another checksum: stale records are removed).
    await loadDataset(api.graph, file, { force: true });
    await loadDataset(api.graph, { ...file, checksum: 'synthetic-newer' });
    expect((await as({}, READ)).data).toEqual(hidden);
    const listed = await as({}, RETRACTED, { kind: 'membershipReports' });
    expect(listed.data.retracted.nodes).toMatchObject([{ key: 'report-2011-05-22-nkss', reason: 'synthetic test' }]);
    const citations = await api.driver.executeQuery(
      'MATCH (:Retracted {uid: "MembershipReport:report-2011-05-22-nkss"})-[c:CITED_BY]->() RETURN count(c) AS n',
    );
    expect(Number(citations.records[0].get('n'))).toBeGreaterThan(0);
  });
});

describe('purge tombstones', () => {
  const PURGE = `mutation P($kind: String!, $id: ID!, $v: Int!) { purge(kind: $kind, id: $id, expectedVersion: $v) { version change { operation } } }`;
  const RETRACT = `mutation R($kind: String!, $id: ID!, $v: Int!, $reason: String!) {
    retract(kind: $kind, id: $id, expectedVersion: $v, reason: $reason) { version }
  }`;
  const REPORT = 'report-2011-05-22-nkss';
  const PARTNERSHIP = 'partnership-nkss-bifc-cooperation-2011';
  const READ = `{ node(id: "${REPORT}") { id }
    nkss: organization(id: "org-nkss") { partners(first: 100) { nodes { id } } } }`;
  const tombstones = async () =>
    (
      await api.driver.executeQuery(
        'MATCH (p:Purged) RETURN p.kind AS kind, p.key AS key, p.purgedBy AS by, p.reason AS reason ORDER BY key',
      )
    ).records.map((r) => r.toObject() as { kind: string; key: string; by: string; reason: string });

  test('purging the dataset report and partnership retracted above leaves a tombstone for each', async () => {
    // Both were retracted (version 2) by the reload test of the retraction block.
    for (const [kind, id] of [
      ['membershipReports', REPORT],
      ['partnerships', PARTNERSHIP],
    ]) {
      const purged = await as(admin, PURGE, { kind, id, v: 2 });
      expect(purged.errors).toBeUndefined();
      expect(purged.data.purge).toEqual({ version: 2, change: { operation: 'PURGE' } });
    }
    expect(await tombstones()).toEqual([
      { kind: 'partnerships', key: PARTNERSHIP, by: 'boss', reason: 'synthetic test' },
      // The synthetic partnership purged above.
      { kind: 'partnerships', key: 'partnership-synthetic-retractable', by: 'boss', reason: 'not stated' },
      { kind: 'membershipReports', key: REPORT, by: 'boss', reason: 'synthetic test' },
    ]);
  });

  test('a reload of the same file and of a newer one leaves them out and says so; history still answers', async () => {
    const hidden = (await as({}, READ)).data;
    expect(hidden.node).toBeNull();
    expect((hidden.nkss.partners.nodes as { id: string }[]).map((p) => p.id)).not.toContainEqual(expect.stringContaining(PARTNERSHIP));
    const file = readDataset();
    expect(file.dataset.membershipReports.map((r) => r.id)).toContain(REPORT);
    const same = await loadDataset(api.graph, file, { force: true });
    const newer = await loadDataset(api.graph, { ...file, checksum: 'synthetic-newer-after-purge' });
    for (const report of [same, newer]) {
      expect(report.status).toBe('loaded');
      expect(report.purgedLeftOut).toEqual([
        `MembershipReport:${REPORT}`,
        expect.stringMatching(new RegExp(`^PARTNERS_WITH\\|Organization:org-[a-z-]+\\|Organization:org-[a-z-]+\\|${PARTNERSHIP}$`)),
      ]);
    }
    expect((await as({}, READ)).data).toEqual(hidden);
    const left = await api.driver.executeQuery(
      `MATCH (n:Entity) WHERE n.uid = "MembershipReport:${REPORT}" RETURN count(n) AS nodes
       UNION ALL MATCH ()-[r {key: "${PARTNERSHIP}"}]->() RETURN count(r) AS nodes`,
    );
    expect(left.records.map((r) => Number(r.get('nodes')))).toEqual([0, 0]);
    const history = await as({}, `{ history(id: "${REPORT}") { nodes { operation by } } }`);
    expect(history.data.history.nodes).toEqual([
      { operation: 'PURGE', by: 'boss' },
      { operation: 'RETRACT', by: 'boss' },
    ]);
  });

  test('the export states neither the purged records nor their tombstones', async () => {
    const exported = (await exportDataset(api.graph)) as Record<string, { id?: string }[]>;
    expect(exported.membershipReports.map((r) => r.id)).not.toContain(REPORT);
    expect(exported.partnerships.map((r) => r.id)).not.toContain(PARTNERSHIP);
    expect(JSON.stringify(exported)).not.toMatch(/Purged|purgedBy/);
  });

  test('a node that retracted records still name is CONFLICT until they are purged first', async () => {
    const org = 'org-synthetic-retractable';
    // Restored above (version 3) with its membership (version 3): retract both again, the membership first.
    expect((await as(admin, RETRACT, { kind: 'memberships', id: `${org}/org-nkss`, v: 3, reason: 'again' })).errors).toBeUndefined();
    expect((await as(admin, RETRACT, { kind: 'organizations', id: org, v: 3, reason: 'again' })).errors).toBeUndefined();
    const named = await as(admin, PURGE, { kind: 'organizations', id: org, v: 4 });
    expect(named.errors![0].extensions).toMatchObject({ code: 'CONFLICT', key: org, currentVersion: 4 });
    expect(named.errors![0].message).toMatch(/retracted records name it \(memberships org-synthetic-retractable\/org-nkss\)/);
    expect((await as(admin, PURGE, { kind: 'memberships', id: `${org}/org-nkss`, v: 4 })).errors).toBeUndefined();
    expect((await as(admin, PURGE, { kind: 'organizations', id: org, v: 4 })).errors).toBeUndefined();
    expect((await tombstones()).map((t) => t.key)).toEqual(expect.arrayContaining([org, `${org}/org-nkss`]));
  });

  test('creating a purged key again through the API is a new decision: CREATED, its tombstone gone, a reload keeps it', async () => {
    const input = {
      id: REPORT,
      association: 'org-nkss',
      asOf: '2011-05-22',
      memberCount: 20,
      memberQualifier: 'ABOUT',
      primary: true,
      sources: cite('created again after the purge'),
    };
    const created = await as(editor, create('MembershipReport'), { input, newSources });
    expect(created.errors).toBeUndefined();
    expect(created.data.createMembershipReport).toMatchObject({ status: 'CREATED', version: 1, node: { id: REPORT } });
    expect((await tombstones()).map((t) => t.key)).not.toContain(REPORT);
    const reload = await loadDataset(api.graph, { ...readDataset(), checksum: 'synthetic-newest-after-create' });
    expect(reload.purgedLeftOut).not.toContain(`MembershipReport:${REPORT}`);
    const read = await as({}, `{ node(id: "${REPORT}") { ... on MembershipReport { memberCount memberQualifier } } }`);
    expect(read.data.node).toEqual({ memberCount: 20, memberQualifier: 'ABOUT' });
    const history = await as({}, `{ history(id: "${REPORT}") { nodes { operation } } }`);
    expect(history.data.history.nodes).toEqual([{ operation: 'CREATE' }, { operation: 'PURGE' }, { operation: 'RETRACT' }]);
  });
});

describe('includeRetracted on the lookups by key', () => {
  const RETRACT = `mutation R($kind: String!, $id: ID!) { retract(kind: $kind, id: $id, expectedVersion: 1, reason: "hidden") { version } }`;
  const records: [string, string, Record<string, unknown>][] = [
    ['Country', 'countries', { code: 'ZY', name: 'Hidden Country', nameSr: 'Skrivena zemlja', southeastEurope: false }],
    ['Region', 'regions', { slug: 'synthetic-hidden-region', name: 'Skriveni region', country: 'ZY', sources: cite('hidden') }],
    [
      'District',
      'districts',
      { slug: 'synthetic-hidden-district', name: 'Skriveni okrug', region: 'synthetic-hidden-region', sources: cite('hidden') },
    ],
    ['City', 'cities', { slug: 'synthetic-hidden-city', name: 'Skriveni grad', country: 'ZY', sources: cite('hidden') }],
    ['Person', 'people', { id: 'person-synthetic-hidden', slug: 'synthetic-hidden', name: 'Hidden Person', sources: cite('hidden') }],
    ['Programme', 'programmes', { slug: 'synthetic-hidden-programme', name: 'Hidden programme', kind: 'PROJECT', sources: cite('hidden') }],
    ['Event', 'events', { slug: 'synthetic-hidden-event', kind: 'OTHER', name: 'Hidden event', status: 'HELD', sources: cite('hidden') }],
  ];
  const LOOKUPS = (flag: string) => `{
    country(code: "ZY"${flag}) { name retraction { kind reason } }
    region(slug: "synthetic-hidden-region"${flag}) { name retraction { kind reason } }
    district(slug: "synthetic-hidden-district"${flag}) { name region { slug } retraction { kind reason } }
    city(slug: "synthetic-hidden-city"${flag}) { name retraction { kind reason } }
    person(slug: "synthetic-hidden"${flag}) { name retraction { kind reason } }
    programme(slug: "synthetic-hidden-programme"${flag}) { name retraction { kind reason } }
    event(slug: "synthetic-hidden-event"${flag}) { name retraction { kind reason } }
    node(id: "City:synthetic-hidden-city"${flag}) { id ... on RetractedNode { type } }
  }`;

  beforeAll(async () => {
    for (const [name, , input] of records) {
      const created = await as(editor, create(name), { input, newSources });
      expect(created.errors).toBeUndefined();
    }
    // The ones that others point at last: the city before its district, the district before its region …
    for (const [, kind, input] of [...records].reverse()) {
      const retracted = await as(admin, RETRACT, { kind, id: input.code ?? input.id ?? input.slug });
      expect(retracted.errors).toBeUndefined();
    }
  });

  test('without the argument each lookup answers null, as if never stated', async () => {
    const answer = await as({}, LOOKUPS(''));
    expect(answer.errors).toBeUndefined();
    expect(Object.values(answer.data)).toEqual(Array(8).fill(null));
  });

  test('with includeRetracted: true each answers its own type, built from the retracted record, with its retraction', async () => {
    const answer = await as({}, LOOKUPS(', includeRetracted: true'));
    expect(answer.errors).toBeUndefined();
    const hidden = (kind: string, name: string) => ({ name, retraction: { kind, reason: 'hidden' } });
    expect(answer.data).toEqual({
      country: hidden('countries', 'Hidden Country'),
      region: hidden('regions', 'Skriveni region'),
      // Its region is retracted too: a retracted record's own links lead only to live records.
      district: { ...hidden('districts', 'Skriveni okrug'), region: null },
      city: hidden('cities', 'Skriveni grad'),
      person: hidden('people', 'Hidden Person'),
      programme: hidden('programmes', 'Hidden programme'),
      event: hidden('events', 'Hidden event'),
      node: { id: 'City:synthetic-hidden-city', type: 'City' },
    });
  });
});

/** An input object written inline in a GraphQL document. */
function gqlInput(value: Record<string, unknown>): string {
  return JSON.stringify(value).replace(/"([A-Za-z]+)":/g, '$1:');
}
