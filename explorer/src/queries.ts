/**
 * Every GraphQL document the explorer sends, in one place: tests/unit/explorer-queries.test.ts validates them against
 * schema/schema.graphql, so a schema change that would break the page fails npm test.
 */

const UNIT_FIELDS = `kind slug name members share
  city { id slug name nameCyr nameEn location { latitude longitude } }
  district { id slug name nameCyr }
  region { id slug name nameEn }`;

const REPORT_FIELDS = `id asOf memberCount memberQualifier cityCount cityQualifier primary
  event { id slug name nameEn } sources { quote source { id url title } }`;

const ANSWER_FIELDS = `asOf level basis requestedBasis members membersQualifier membersInUnits unitsReached unitsReachedQualifier
  shareOutsideCapital herfindahlHirschman entropy notes units { ${UNIT_FIELDS} }
  report { ${REPORT_FIELDS} } disagreeingReports { ${REPORT_FIELDS} }
  coverage { membersKnown membersPossible membersReported membersReportedQualifier ratio }`;

/** The answer as `decentralization` gives it (AUTO basis) beside the member-level one (certain members only). */
export const MAP_QUERY = `query ExplorerMap($asOf: String!, $level: DecentralizationLevel!) {
  answer: decentralization(asOf: $asOf, level: $level) { ${ANSWER_FIELDS} }
  memberLevel: decentralization(asOf: $asOf, level: $level, basis: MEMBERS) { ${ANSWER_FIELDS} }
}`;

export const DISTRICTS_QUERY = `query ExplorerDistricts {
  districts { id slug name nameCyr region { id slug } seat { id slug name location { latitude longitude } } cities { id location { latitude longitude } } }
  capital: city(slug: "beograd") { id slug name nameCyr nameEn location { latitude longitude } region { id slug } }
}`;

export const STEPS_QUERY = `query ExplorerSteps { decentralizationTrend { asOf event { id slug name nameEn } } }`;

export const TREND_QUERY = `query ExplorerTrend {
  decentralizationTrend {
    asOf unitsReached unitsReachedQualifier
    event { id slug name nameEn kind }
    reports { id asOf memberCount memberQualifier cityCount sources { quote source { id url title } } }
    decentralization { basis members membersQualifier shareOutsideCapital herfindahlHirschman entropy coverage { membersKnown membersReported ratio } }
  }
}`;

const MEASURES = 'unitsReached members shareOutsideCapital herfindahlHirschman entropy';

/** The member-level measures at each step's date: one aliased field per date, at most 12 to a request (alias limit 15). */
export function memberMeasuresQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$d${i}: String!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `m${i}: decentralization(asOf: $d${i}, basis: MEMBERS) { ${MEASURES} }`).join(
    '\n  ',
  );
  return `query ExplorerTrendMembers(${vars}) {\n  ${fields}\n}`;
}

const ORGANIZATION_FIELDS =
  'id name aliases sector isAssociation city { id name region { id slug name nameEn } } country { id code name nameSr }';

export const TIES_QUERY = `query ExplorerTies($after: String) {
  partnerships(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id origin since until a { ${ORGANIZATION_FIELDS} } b { ${ORGANIZATION_FIELDS} } }
  }
  association { id slug name }
}`;

const CIT = 'sources { quote source { id url title } }';

export const ORGANIZATION_QUERY = `query ExplorerOrganization($id: String!, $nodeId: ID!) {
  organization(id: $id) {
    id name aliases kind sector founded website disciplines
    city { id slug name nameCyr nameEn } country { id code name nameSr }
    ${CIT}
    memberships { founding since until association { id name } admittedAt { id slug name nameEn } ${CIT} }
    partners(first: 50) { totalCount nodes { id origin since until role via { name kind } partner { id name aliases } ${CIT} } }
    events { relation event { id slug name nameEn startDate } }
    programmes { role programme { id slug name } ${CIT} }
    roles { title since until person { id name } ${CIT} }
  }
  asAssociation: node(id: $nodeId) { id ... on Association { nameEn } }
}`;

export const EVENT_QUERY = `query ExplorerEvent($slug: String!) {
  event(slug: $slug) {
    id slug name nameEn kind status startDate endDate online facts
    city { id name nameCyr nameEn } ${CIT}
    organizers { id name } programme { id name }
    admittedMemberCount admittedMembers(first: 100) { member { ... on Organization { id name } ... on Person { id name } } ${CIT} }
    membershipReports { id asOf memberCount memberQualifier cityCount cityQualifier ${CIT} }
    agreements { id name signed parties { id name } ${CIT} }
  }
}`;
