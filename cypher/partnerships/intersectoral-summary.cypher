// Civil–public ties (one end CIVIL, the other PUBLIC) in the association's scene, counted by the region of the civil
// end's city (null: no city known, or abroad) and by the year of the tie's since (null: unknown), each cell with its
// tie ids "origin|via|idA|idB" (see partnerships-by-ids.cypher). The scene: ties with the association or one of its
// members (any MEMBER_OF it) at either end, ties through a programme the association or a member took part in, and
// memberships in a network the association or a member belongs to. A tie is one derived TIED_TO
// (cypher/ties/rebuild.cypher); a scene organization takes part in a programme or belongs to a network exactly when it
// has a tie through it (the programme's other participants, the network). Cells by year, then region slug, unknowns
// last. Params: $association (slug).
MATCH (assoc:Association {slug: $association})
WITH [assoc] + [(m:Organization)-[:MEMBER_OF]->(assoc) | m] AS scene
WITH scene, COLLECT {
    UNWIND scene AS s
    MATCH (s)-[u:TIED_TO]-()
    WHERE u.origin IN ['NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME']
    RETURN DISTINCT u.origin + '|' + u.viaKey
  } AS sceneVias
MATCH (p:Organization {sector: 'PUBLIC'})-[t:TIED_TO]-(c:Organization {sector: 'CIVIL'})
WHERE p IN scene OR c IN scene OR t.origin + '|' + t.viaKey IN sceneVias
WITH t, c,
  head([(c)-[:BASED_IN]->(:City)-[:PART_OF*0..2]->(:City)-[:IN_DISTRICT|IN_REGION*1..2]->(r:Region) | r.slug]) AS regionSlug
WITH regionSlug, t.sinceEarliest AS sinceEarliest, t.id AS tieId
ORDER BY sinceEarliest, tieId
WITH regionSlug, sinceEarliest.year AS year, collect(tieId) AS tieIds
RETURN regionSlug, year, size(tieIds) AS count, tieIds
ORDER BY year, regionSlug
