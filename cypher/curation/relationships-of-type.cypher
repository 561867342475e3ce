// Every relationship record of one type, for the dataset export: its ends (uids) and key. Params: $type.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) = $type
RETURN a.uid AS from, b.uid AS to, r.key AS relKey
ORDER BY from, to, relKey
