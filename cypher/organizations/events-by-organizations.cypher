// Events an organization is tied to: it organized them, it was admitted at them, or it is party to an agreement
// signed at them. Keyed by organization id; in time order. Params: $keys (organization ids).
UNWIND $keys AS key
MATCH (o:Organization {id: key})
CALL (o) {
  MATCH (e:Event)-[:ORGANIZED_BY]->(o) RETURN e, 'ORGANIZER' AS relation
  UNION
  MATCH (o)-[r:MEMBER_OF]->(:Association) MATCH (e:Event {slug: r.admittedAt}) RETURN e, 'ADMITTED' AS relation
  UNION
  MATCH (e:Event)<-[:SIGNED_AT]-(:Agreement)-[:PARTY]->(o) RETURN e, 'AGREEMENT_SIGNED' AS relation
}
WITH key, e, relation ORDER BY e.startEarliest, e.slug, relation
RETURN key, collect({relation: relation, eventSlug: e.slug}) AS value
