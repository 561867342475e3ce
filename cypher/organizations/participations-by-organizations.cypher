// Programmes (festivals, projects, funds) an organization took part in, with its role. Params: $keys (organization ids).
UNWIND $keys AS key
MATCH (o:Organization {id: key})-[r:PARTICIPATED_IN]->(g:Programme)
WITH key, r, g ORDER BY g.startEarliest, g.slug
RETURN key, collect({programmeSlug: g.slug, organizationId: key, role: r.role, sourceIds: r.sourceIds,
  sourceQuotes: r.sourceQuotes}) AS value
