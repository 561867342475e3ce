// by-keys.cypher for organizations read in detail: each row also brings, when asked, its memberships ($withMemberships,
// as memberships-by-members.cypher) and its programmes ($withProgrammes, as participations-by-organizations.cypher), so
// one organization in detail is one query, not three (an empty list when not asked). A statement of its own: the two
// subqueries cost by-keys.cypher half a millisecond even when not asked.
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
WITH key, member AS o, memberships, programmes
WITH collect({key: key, value: {{organization-row}}, memberships: memberships, programmes: programmes}) AS rows, collect(o) AS found
CALL (found) {
  UNWIND found AS o
  MATCH (o)-[:BASED_IN]->(city:City)
  {{places-of-cities}}
}
RETURN rows, places
