// Writes relationships between uids, merged on (type, key); types come from this fixed list.
// The loader ($curating false) leaves alone what belongs to a curated record: a relationship its start node owns
// (row.owned) or its end node owns (row.ownedByEnd: an event's programme …) when that node was curated, and any
// relationship curated itself, and a record that was retracted (a :RETRACTED relationship with the same ends, type and
// key: the file does not bring it back); the curation engine ($curating true) writes them.
// Params: $rows [{type, from, to, key, props, owned, ownedByEnd}], $checksum (null from the curation engine), $curating.
UNWIND $rows AS row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
WITH a, b, row, $curating OR NOT (
  (row.owned AND coalesce(a.origin, 'dataset') <> 'dataset') OR (row.ownedByEnd AND coalesce(b.origin, 'dataset') <> 'dataset')
  OR EXISTS { MATCH (a)-[x:RETRACTED {key: row.key}]->(b) WHERE x.retractedType = row.type }
) AS write
FOREACH (_ IN CASE WHEN write AND row.type = 'CITED_BY' THEN [1] ELSE [] END |
  MERGE (a)-[r:CITED_BY {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'IN_COUNTRY' THEN [1] ELSE [] END |
  MERGE (a)-[r:IN_COUNTRY {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'IN_REGION' THEN [1] ELSE [] END |
  MERGE (a)-[r:IN_REGION {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'IN_DISTRICT' THEN [1] ELSE [] END |
  MERGE (a)-[r:IN_DISTRICT {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'SEAT' THEN [1] ELSE [] END |
  MERGE (a)-[r:SEAT {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'PART_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'BASED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:BASED_IN {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEMBER_OF {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'HELD_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:HELD_IN {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'ORGANIZED_BY' THEN [1] ELSE [] END |
  MERGE (a)-[r:ORGANIZED_BY {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'SPANS_COUNTRY' THEN [1] ELSE [] END |
  MERGE (a)-[r:SPANS_COUNTRY {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'HAD_EDITION' THEN [1] ELSE [] END |
  MERGE (a)-[r:HAD_EDITION {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'PARTICIPATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'PURSUES' THEN [1] ELSE [] END |
  MERGE (a)-[r:PURSUES {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'REPORTED' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPORTED {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:AT {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'LISTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:LISTS {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'PARTY' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTY {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'SIGNED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:SIGNED_AT {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'PARTNERS_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTNERS_WITH {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'MEMBER_OF_NETWORK' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEMBER_OF_NETWORK {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'HOLDS' THEN [1] ELSE [] END |
  MERGE (a)-[r:HOLDS {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:OF {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'ELECTED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:ELECTED_AT {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE WHEN write AND row.type = 'WORKS_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:WORKS_WITH {key: row.key}]->(b) SET r = CASE WHEN $curating OR coalesce(r.origin, 'dataset') = 'dataset' THEN row.props ELSE properties(r) END, r.key = row.key, r.loadedFrom = $checksum)
// Rows left for a curated record; a row whose start or end node is missing is in neither count, so the loader's
// count check still catches it.
RETURN count(CASE WHEN write THEN NULL ELSE 1 END) AS keptCurated
