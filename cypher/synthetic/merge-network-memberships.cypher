// Writes synthetic network memberships (member organization to network organization), merged per pair. Params: $rows
// [{organization, network (ids), since, sincePrecision, sinceEarliest, sinceLatest, role}].
UNWIND $rows AS row
MATCH (o:Organization {id: row.organization})
MATCH (n:Organization {id: row.network})
MERGE (o)-[r:MEMBER_OF_NETWORK {key: ''}]->(n)
SET r.since = row.since, r.sincePrecision = row.sincePrecision, r.sinceEarliest = date(row.sinceEarliest),
  r.sinceLatest = date(row.sinceLatest), r.role = row.role, r.sourceIds = [], r.sourceQuotes = [], r.synthetic = true
