// Ids of the organizations that organized an event. Params: $keys (event slugs).
UNWIND $keys AS key
MATCH (:Event {slug: key})-[:ORGANIZED_BY]->(o:Organization)
WITH key, o ORDER BY o.sortName
RETURN key, collect(o.id) AS value
