// Organizations that took part in a programme, with their role. Params: $keys (programme slugs).
UNWIND $keys AS key
MATCH (o:Organization)-[r:PARTICIPATED_IN]->(:Programme {slug: key})
WITH key, o, r ORDER BY o.sortName
RETURN key, collect({organizationId: o.id, programmeSlug: key, role: r.role, sourceIds: r.sourceIds, sourceQuotes: r.sourceQuotes}) AS value
