// Writes synthetic stored ties (PARTNERS_WITH), merged on the tie id. Params: $rows [{id, from, to (organization ids),
// kind (AGREEMENT | CO_FOUNDING | COOPERATION), since, sincePrecision, sinceEarliest, sinceLatest, until, untilPrecision,
// untilEarliest, untilLatest}].
UNWIND $rows AS row
MATCH (x:Organization {id: row.from})
MATCH (y:Organization {id: row.to})
MERGE (x)-[r:PARTNERS_WITH {key: row.id}]->(y)
SET r.id = row.id, r.kind = row.kind, r.since = row.since, r.sincePrecision = row.sincePrecision,
  r.sinceEarliest = date(row.sinceEarliest), r.sinceLatest = date(row.sinceLatest), r.until = row.until,
  r.untilPrecision = row.untilPrecision, r.untilEarliest = date(row.untilEarliest), r.untilLatest = date(row.untilLatest),
  r.via = null, r.note = null, r.sourceIds = [], r.sourceQuotes = [], r.synthetic = true
