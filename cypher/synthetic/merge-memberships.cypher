// Writes synthetic memberships in the synthetic association, merged per (member, association). Dates are the source-style
// string with its precision and bounds (YYYY-MM-DD). Params: $rows [{member, association (ids), since, sincePrecision,
// sinceEarliest, sinceLatest, until, untilPrecision, untilEarliest, untilLatest, founding}].
UNWIND $rows AS row
MATCH (m:Organization {id: row.member})
MATCH (a:Association {id: row.association})
MERGE (m)-[r:MEMBER_OF {key: ''}]->(a)
SET r.since = row.since, r.sincePrecision = row.sincePrecision, r.sinceEarliest = date(row.sinceEarliest),
  r.sinceLatest = date(row.sinceLatest), r.until = row.until, r.untilPrecision = row.untilPrecision,
  r.untilEarliest = date(row.untilEarliest), r.untilLatest = date(row.untilLatest), r.founding = row.founding,
  r.admittedAt = null, r.sourceIds = [], r.sourceQuotes = [], r.synthetic = true
