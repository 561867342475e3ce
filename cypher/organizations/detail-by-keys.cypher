// by-keys.cypher for organizations read in detail: each row also brings, when asked, its memberships ($withMemberships,
// as memberships-by-members.cypher), its programmes ($withProgrammes, as participations-by-organizations.cypher) and the
// first page of its ties ($tieLimit > 0: as partners-core-by-organizations.cypher with no cursor, of the origins
// $tieOrigins, null = all; totalCount when $tieTotal), so one organization in detail is one query, not four (an empty
// list when not asked). A statement of its own: the subqueries cost by-keys.cypher half a millisecond even when not asked.
{{organizations-by-keys}}
// The fragments read the association and the organization as `o`: the organization is `member` in between.
WITH key, o AS member
CALL (member) {
  WITH member WHERE $withMemberships
  MATCH (member)-[r:MEMBER_OF]->(o:Association)
  WITH member.uid AS memberUid, r, o ORDER BY r.sinceEarliest, o.id
  RETURN collect({{membership-row}}) AS memberships
}
CALL (member) {
  WITH member, member.id AS organizationId WHERE $withProgrammes
  MATCH (member)-[r:PARTICIPATED_IN]->(g:Programme)
  WITH organizationId, r, g ORDER BY g.startEarliest, g.slug
  RETURN collect({{participation-row}}) AS programmes
}
CALL (member) {
  // The first page, as fragments/tie-pages-begin reads it (fragments/ties-in-order).
  WITH {organizationId: member.id, afterName: null, afterPartnerId: null, afterTieId: null} AS cursor WHERE $tieLimit > 0
  {{ties-in-order}}
  {{core-tie-columns}}
}
WITH key, member AS o, memberships, programmes, ties, partnerCities, CASE
    WHEN NOT $tieTotal THEN null
    WHEN $tieOrigins IS NULL THEN COUNT { (member)-[:TIED_TO]-() }
    ELSE COUNT { (member)-[t:TIED_TO]-() WHERE t.origin IN $tieOrigins }
  END AS tieTotal
WITH collect({key: key, value: {{organization-row}}, memberships: memberships, programmes: programmes, ties: ties,
  tieTotal: tieTotal}) AS rows, collect(o) AS found, collect(partnerCities) AS partnerCityLists
CALL (found, partnerCityLists) {
  CALL (found, partnerCityLists) {
    UNWIND found AS o
    MATCH (o)-[:BASED_IN]->(city:City)
    RETURN city
    UNION
    UNWIND partnerCityLists AS cities
    UNWIND cities AS city
    RETURN city
  }
  {{places-of-cities}}
}
RETURN rows, places
