// Writes synthetic programme participations, merged per (organization, programme, role). Params: $rows [{organization (id),
// programme (slug), role}].
UNWIND $rows AS row
MATCH (o:Organization {id: row.organization})
MATCH (g:Programme {slug: row.programme})
MERGE (o)-[r:PARTICIPATED_IN {key: row.role}]->(g)
SET r.role = row.role, r.sourceIds = [], r.sourceQuotes = [], r.synthetic = true
