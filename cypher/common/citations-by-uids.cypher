// Citations of fact nodes, keyed by node uid; quote "" means the source gives none. Params: $keys (uids).
UNWIND $keys AS key
MATCH (n:Entity {uid: key})-[c:CITED_BY]->(s:Source)
WITH key, c, s ORDER BY toInteger(c.key)
RETURN key, collect({sourceId: s.id, quote: c.quote}) AS value
