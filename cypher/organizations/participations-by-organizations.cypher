// Programmes (festivals, projects, funds) an organization took part in, with its role and the programme's row (so the
// programme needs no query of its own). Params: $keys (organization ids).
UNWIND $keys AS key
MATCH (o:Organization {id: key})-[r:PARTICIPATED_IN]->(g:Programme)
WITH key, r, g ORDER BY g.startEarliest, g.slug
RETURN key, collect({programmeSlug: g.slug, organizationId: key, role: r.role, sourceIds: r.sourceIds,
  sourceQuotes: r.sourceQuotes, programme: {{programme-row}}}) AS value
