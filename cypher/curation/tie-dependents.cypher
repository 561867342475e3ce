// The organizations whose ties (TIED_TO) read these programmes or agreements (cypher/ties/rebuild.cypher: a joint
// programme ties its participants; a partnership names its agreement or programme in via), so a write to them rebuilds
// their ties. Params: $programmes [slug], $agreements [id].
CALL () {
  MATCH (o:Organization)-[:PARTICIPATED_IN]->(p:Programme)
  WHERE p.slug IN $programmes
  RETURN o.id AS id
  UNION
  MATCH (o:Organization)-[r:PARTNERS_WITH]-(:Organization)
  WHERE r.via IN $programmes OR r.via IN $agreements
  RETURN o.id AS id
}
RETURN DISTINCT id
