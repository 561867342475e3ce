import neo4j from 'neo4j-driver';
import { parsePartialDate } from '../shared/partial-date';
import { toSearchKey, toSearchKeyAll } from '../shared/search-key';
import type { Citation, Dataset } from './dataset.types';

/** A node as the loader writes it: merged on `uid` ("Label:key"), labels from a fixed set. */
export interface NodeRow {
  uid: string;
  labels: string[];
  props: Record<string, unknown>;
}
/** A relationship between two uids, merged on (type, key). */
export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
  /** Part of the record of its start node (its citations, its city …), so it is curated with that record. */
  owned: boolean;
  /** Part of the record of its end node (an event's programme, a report's association …), curated with that record. */
  ownedByEnd: boolean;
}

/**
 * How a purge tombstone (cypher/curation/purge.cypher) names a record: a node record by its uid, a relationship record by
 * its type, ends and key.
 */
export const purgedRef = (r: NodeRow | Pick<RelationshipRow, 'type' | 'from' | 'to' | 'key'>): string =>
  'uid' in r ? r.uid : `${r.type}|${r.from}|${r.to}|${r.key}`;

/**
 * Which relationship types out of a node belong to the node's own record: written, replaced and protected with it. The
 * rest (MEMBER_OF, PARTNERS_WITH, HAD_EDITION …) are records of their own or belong to another record.
 */
export const OWNED_TYPES: Readonly<Record<string, readonly string[]>> = {
  Source: [],
  Country: ['CITED_BY'],
  Region: ['CITED_BY', 'IN_COUNTRY'],
  District: ['CITED_BY', 'IN_REGION', 'SEAT'],
  City: ['CITED_BY', 'PART_OF', 'IN_DISTRICT', 'IN_REGION', 'IN_COUNTRY'],
  Organization: ['CITED_BY', 'BASED_IN', 'IN_COUNTRY', 'SPANS_COUNTRY'],
  Person: ['CITED_BY', 'BASED_IN'],
  Event: ['CITED_BY', 'HELD_IN', 'ORGANIZED_BY'],
  Programme: ['CITED_BY', 'HELD_IN', 'SPANS_COUNTRY'],
  Goal: ['CITED_BY'],
  MembershipReport: ['CITED_BY', 'AT', 'LISTS'],
  Agreement: ['CITED_BY', 'PARTY', 'SIGNED_AT'],
  BoardRole: ['CITED_BY', 'OF', 'ELECTED_AT'],
};

/** Relationship types into a node that belong to the node's record, though they start elsewhere. */
export const OWNED_INCOMING_TYPES: Readonly<Record<string, readonly string[]>> = {
  Event: ['HAD_EDITION'],
  Goal: ['PURSUES'],
  MembershipReport: ['REPORTED'],
  BoardRole: ['HOLDS'],
};

export interface GraphRowOptions {
  /** Whether a membership's member not among the data's people is a person (the graph holds it: a patch). */
  isPerson?: (id: string) => boolean;
  /** The association whose goals a patch without the association holds (the graph's). */
  associationId?: string;
}

const labelOf = (uid: string): string => uid.slice(0, uid.indexOf(':'));

const uid = (label: string, key: string): string => `${label}:${key}`;

function neoDate(iso: string): unknown {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

/** `since: "2011-07"` → since, sincePrecision, sinceEarliest (2011-07-01), sinceLatest (2011-07-31). */
function dateProps(name: string, value: string | null): Record<string, unknown> {
  if (value === null) return { [name]: null };
  const date = parsePartialDate(value);
  return {
    [name]: date.value,
    [`${name}Precision`]: date.precision,
    [`${name}Earliest`]: neoDate(date.earliest),
    [`${name}Latest`]: neoDate(date.latest),
  };
}

/**
 * `inferred: { field: rule }` as two parallel lists (Neo4j properties hold no maps), in the record's order; a record
 * without it has neither.
 */
function inferredProps(inferred: Record<string, string> | null | undefined): Record<string, unknown> {
  const entries = Object.entries(inferred ?? {});
  return entries.length === 0
    ? { inferredFields: null, inferredRules: null }
    : { inferredFields: entries.map(([field]) => field), inferredRules: entries.map(([, rule]) => rule) };
}

/** Relationship facts cite through parallel lists; Neo4j lists hold no nulls, so a missing quote is "". */
function citeProps(sources: Citation[]): Record<string, unknown> {
  return { sourceIds: sources.map((s) => s.source), sourceQuotes: sources.map((s) => s.quote ?? '') };
}

/** Collects the rows of a dataset; a node's citations become its CITED_BY relationships. */
class Rows {
  readonly nodes: NodeRow[] = [];
  readonly relationships: RelationshipRow[] = [];

  /** A node and its citations; returns its uid. */
  node(label: string, key: string, props: Record<string, unknown>, sources?: Citation[], extraLabels: string[] = []): string {
    const id = uid(label, key);
    this.nodes.push({ uid: id, labels: [label, ...extraLabels], props });
    (sources ?? []).forEach((c, i) =>
      this.relationships.push({
        type: 'CITED_BY',
        from: id,
        to: uid('Source', c.source),
        key: String(i),
        props: { quote: c.quote },
        owned: true,
        ownedByEnd: false,
      }),
    );
    return id;
  }

  rel(type: string, from: string, to: string, props: Record<string, unknown> = {}, key = ''): void {
    this.relationships.push({
      type,
      from,
      to,
      key,
      props,
      owned: OWNED_TYPES[labelOf(from)]?.includes(type) ?? false,
      ownedByEnd: OWNED_INCOMING_TYPES[labelOf(to)]?.includes(type) ?? false,
    });
  }
}

const org = (id: string): string => uid('Organization', id);

/** Sources, countries, regions, districts and cities, with the places they lie in. */
function placeRows(rows: Rows, data: Dataset): void {
  for (const s of data.sources) rows.node('Source', s.id, { ...s });
  for (const c of data.countries) {
    rows.node(
      'Country',
      c.code,
      { code: c.code, name: c.name, nameSr: c.nameSr, southeastEurope: c.southeastEurope, searchKey: toSearchKeyAll([c.name, c.nameSr]) },
      c.sources,
    );
  }
  for (const r of data.regions) {
    const id = rows.node('Region', r.slug, { slug: r.slug, name: r.name, nameEn: r.nameEn, sortName: toSearchKey(r.name) }, r.sources);
    rows.rel('IN_COUNTRY', id, uid('Country', r.country));
  }
  for (const d of data.districts) {
    const id = rows.node('District', d.slug, { slug: d.slug, name: d.name, nameCyr: d.nameCyr, sortName: toSearchKey(d.name) }, d.sources);
    rows.rel('IN_REGION', id, uid('Region', d.region));
    if (d.seat) rows.rel('SEAT', id, uid('City', d.seat));
  }
  for (const c of data.cities) {
    const location = c.lat !== null && c.lon !== null ? new neo4j.types.Point(4326, c.lon, c.lat) : null;
    const { slug, name, nameCyr, nameEn, type, population2022, population2011, populationUnit } = c;
    const id = rows.node(
      'City',
      slug,
      {
        slug,
        name,
        nameCyr,
        nameEn,
        type,
        location,
        population2022,
        population2011,
        populationUnit,
        sortName: toSearchKey(name),
        searchKey: toSearchKeyAll([name, nameCyr, nameEn]),
      },
      c.sources,
    );
    if (c.partOf) rows.rel('PART_OF', id, uid('City', c.partOf));
    if (c.district) rows.rel('IN_DISTRICT', id, uid('District', c.district));
    else if (c.region) rows.rel('IN_REGION', id, uid('Region', c.region));
    rows.rel('IN_COUNTRY', id, uid('Country', c.country));
  }
}

/** The association's node (null when a patch holds none), with its city and country. */
function associationRow(rows: Rows, data: Dataset): string | null {
  // A patch (src/curation) may hold no association; the whole file always does.
  const a = data.association as Dataset['association'] | undefined;
  const assoc =
    a === undefined
      ? null
      : rows.node(
          'Organization',
          a.id,
          {
            id: a.id,
            slug: a.slug,
            name: a.name,
            aliases: [a.acronym, a.nameEn].filter((x): x is string => !!x),
            nameEn: a.nameEn,
            acronym: a.acronym,
            website: a.website,
            mission: a.mission,
            foundedIn: a.foundedIn,
            associationKind: a.kind,
            kind: 'NETWORK',
            sector: a.sector,
            disciplines: [],
            ...dateProps('founded', a.founded),
            sortName: toSearchKey(a.name),
            searchKey: toSearchKeyAll([a.name, a.acronym, a.nameEn]),
          },
          a.sources,
          ['Association'],
        );
  if (assoc !== null && a?.city) rows.rel('BASED_IN', assoc, uid('City', a.city));
  if (assoc !== null && a?.country) rows.rel('IN_COUNTRY', assoc, uid('Country', a.country));
  return assoc;
}

function organizationRows(rows: Rows, data: Dataset): void {
  for (const o of data.organizations) {
    const id = rows.node(
      'Organization',
      o.id,
      {
        id: o.id,
        slug: o.slug,
        name: o.name,
        aliases: o.aliases,
        kind: o.kind,
        sector: o.sector,
        disciplines: o.disciplines,
        website: o.website,
        ...dateProps('founded', o.founded),
        ...inferredProps(o.inferred),
        sortName: toSearchKey(o.name),
        searchKey: toSearchKeyAll([o.name, ...o.aliases]),
      },
      o.sources,
    );
    if (o.city) rows.rel('BASED_IN', id, uid('City', o.city));
    if (o.country) rows.rel('IN_COUNTRY', id, uid('Country', o.country));
    // A network's founding or member countries: not IN_COUNTRY, which is its one country.
    for (const c of o.countries ?? []) rows.rel('SPANS_COUNTRY', id, uid('Country', c), {}, c);
  }
}

function personRows(rows: Rows, data: Dataset): void {
  for (const p of data.people) {
    const id = rows.node(
      'Person',
      p.id,
      {
        id: p.id,
        slug: p.slug,
        name: p.name,
        aliases: p.aliases,
        sortName: toSearchKey(p.name),
        searchKey: toSearchKeyAll([p.name, ...p.aliases]),
      },
      p.sources,
    );
    if (p.city) rows.rel('BASED_IN', id, uid('City', p.city));
  }
}

/** MEMBER_OF from an organization or a person (a member id the dataset or `isPerson` knows as a person's). */
function membershipRows(rows: Rows, data: Dataset, options: GraphRowOptions): void {
  const people = new Set(data.people.map((p) => p.id));
  const member = (id: string): string => (people.has(id) || options.isPerson?.(id) === true ? uid('Person', id) : org(id));
  for (const m of data.memberships) {
    rows.rel('MEMBER_OF', member(m.member), org(m.association), {
      ...dateProps('since', m.since),
      ...dateProps('until', m.until),
      founding: m.founding,
      admittedAt: m.admittedAt,
      ...citeProps(m.sources),
    });
  }
}

/** Programmes, their editions and other events, and who took part in a programme. */
function programmeAndEventRows(rows: Rows, data: Dataset): void {
  for (const p of data.programmes) {
    const id = rows.node(
      'Programme',
      p.slug,
      {
        slug: p.slug,
        name: p.name,
        kind: p.kind,
        ...dateProps('start', p.start),
        ...dateProps('end', p.end),
        searchKey: toSearchKey(p.name),
      },
      p.sources,
    );
    for (const c of p.cities) rows.rel('HELD_IN', id, uid('City', c));
    for (const c of p.countries ?? []) rows.rel('SPANS_COUNTRY', id, uid('Country', c), {}, c);
  }
  for (const e of data.events) {
    const id = rows.node(
      'Event',
      e.slug,
      {
        slug: e.slug,
        kind: e.kind,
        name: e.name,
        nameEn: e.nameEn,
        online: e.online,
        status: e.status,
        facts: e.facts,
        ...dateProps('start', e.start),
        ...dateProps('end', e.end),
        searchKey: toSearchKeyAll([e.name, e.nameEn]),
      },
      e.sources,
    );
    if (e.city) rows.rel('HELD_IN', id, uid('City', e.city));
    for (const o of e.organizers) rows.rel('ORGANIZED_BY', id, org(o));
    if (e.programme) rows.rel('HAD_EDITION', uid('Programme', e.programme), id);
  }
  for (const p of data.participations) {
    rows.rel(
      'PARTICIPATED_IN',
      org(p.organization),
      uid('Programme', p.programme),
      { role: p.role, ...citeProps(p.sources) },
      p.role ?? '',
    );
  }
}

/** The association's goals: pursued by the association of the data, else of `options.associationId`. */
function goalRows(rows: Rows, data: Dataset, assoc: string | null, options: GraphRowOptions): void {
  for (const g of data.goals) {
    const id = rows.node(
      'Goal',
      g.code,
      { code: g.code, titleSr: g.titleSr, titleEn: g.titleEn, titleEnOrigin: g.titleEnOrigin, themes: g.themes },
      g.sources,
    );
    const pursuer = assoc ?? (options.associationId === undefined ? null : org(options.associationId));
    if (pursuer === null) throw new Error(`goal ${g.code}: goals are the association's, and no association is known`);
    rows.rel('PURSUES', pursuer, id);
  }
}

function reportRows(rows: Rows, data: Dataset): void {
  for (const r of data.membershipReports) {
    const id = rows.node(
      'MembershipReport',
      r.id,
      {
        id: r.id,
        ...dateProps('asOf', r.asOf),
        memberCount: r.memberCount,
        memberQualifier: r.memberQualifier,
        memberUnit: r.memberUnit,
        cityCount: r.cityCount,
        cityQualifier: r.cityQualifier,
        cityUnit: r.cityUnit,
        listsCities: r.cities !== null,
        primary: r.primary,
        note: r.note,
        ...inferredProps(r.inferred),
      },
      r.sources,
    );
    rows.rel('REPORTED', org(r.association), id);
    if (r.event) rows.rel('AT', id, uid('Event', r.event));
    for (const c of r.cities ?? []) rows.rel('LISTS', id, uid('City', c));
  }
}

/** Agreements, partnerships and network memberships: what ties come from. */
function tieSourceRows(rows: Rows, data: Dataset): void {
  for (const g of data.agreements) {
    const id = rows.node('Agreement', g.id, { id: g.id, name: g.name, ...dateProps('signed', g.signed), note: g.note }, g.sources);
    for (const p of g.parties) rows.rel('PARTY', id, org(p));
    if (g.event) rows.rel('SIGNED_AT', id, uid('Event', g.event));
  }
  for (const p of data.partnerships) {
    rows.rel(
      'PARTNERS_WITH',
      org(p.from),
      org(p.to),
      {
        id: p.id,
        kind: p.kind,
        ...dateProps('since', p.since),
        ...dateProps('until', p.until),
        via: p.via,
        note: p.note,
        ...citeProps(p.sources),
      },
      p.id,
    );
  }
  for (const n of data.networkMemberships) {
    rows.rel('MEMBER_OF_NETWORK', org(n.organization), org(n.network), {
      ...dateProps('since', n.since),
      role: n.role,
      ...citeProps(n.sources),
    });
  }
}

/** Roles (their own nodes, between person and organization) and affiliations. */
function roleRows(rows: Rows, data: Dataset): void {
  for (const r of data.roles) {
    const id = rows.node(
      'BoardRole',
      r.id,
      {
        id: r.id,
        title: r.title,
        ...dateProps('since', r.since),
        ...dateProps('heldAsOf', r.heldAsOf ?? null),
        ...dateProps('until', r.until),
      },
      r.sources,
    );
    rows.rel('HOLDS', uid('Person', r.person), id);
    rows.rel('OF', id, org(r.organization));
    if (r.electedAt) rows.rel('ELECTED_AT', id, uid('Event', r.electedAt));
  }
  for (const f of data.affiliations) {
    rows.rel('WORKS_WITH', uid('Person', f.person), org(f.organization), { note: f.note, ...citeProps(f.sources) });
  }
}

export function toGraphRows(data: Dataset, options: GraphRowOptions = {}): { nodes: NodeRow[]; relationships: RelationshipRow[] } {
  const rows = new Rows();
  placeRows(rows, data);
  const assoc = associationRow(rows, data);
  organizationRows(rows, data);
  personRows(rows, data);
  membershipRows(rows, data, options);
  programmeAndEventRows(rows, data);
  goalRows(rows, data, assoc, options);
  reportRows(rows, data);
  tieSourceRows(rows, data);
  roleRows(rows, data);
  return { nodes: rows.nodes, relationships: rows.relationships };
}
