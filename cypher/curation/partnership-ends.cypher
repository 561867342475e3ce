// The two organizations of a partnership record by its id, live or retracted, so the curation engine can find its
// relationship as the loader merged it (by its ends and key). Params: $id.
MATCH (a:Entity)-[r:PARTNERS_WITH|RETRACTED]->(b:Entity)
WHERE r.id = $id AND (type(r) = 'PARTNERS_WITH' OR r.retractedType = 'PARTNERS_WITH')
RETURN a.id AS from, b.id AS to
LIMIT 1
