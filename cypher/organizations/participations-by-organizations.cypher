// Programmes (festivals, projects, funds) an organization took part in, with its role and the programme's row
// (fragments/participation-row). Params: $keys (organization ids).
UNWIND $keys AS key
MATCH (o:Organization {id: key})-[r:PARTICIPATED_IN]->(g:Programme)
WITH key, key AS organizationId, r, g ORDER BY g.startEarliest, g.slug
RETURN key, collect({{participation-row}}) AS value
