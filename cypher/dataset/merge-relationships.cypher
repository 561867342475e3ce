// Writes dataset relationships between uids, merged on (type, key); types come from this fixed list.
// Params: $rows [{type, from, to, key, props}], $checksum.
UNWIND $rows AS row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
FOREACH (_ IN CASE row.type WHEN 'CITED_BY' THEN [1] ELSE [] END |
  MERGE (a)-[r:CITED_BY {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'IN_COUNTRY' THEN [1] ELSE [] END |
  MERGE (a)-[r:IN_COUNTRY {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'IN_REGION' THEN [1] ELSE [] END |
  MERGE (a)-[r:IN_REGION {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'IN_DISTRICT' THEN [1] ELSE [] END |
  MERGE (a)-[r:IN_DISTRICT {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'SEAT' THEN [1] ELSE [] END |
  MERGE (a)-[r:SEAT {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'PART_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'BASED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:BASED_IN {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEMBER_OF {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'HELD_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:HELD_IN {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'ORGANIZED_BY' THEN [1] ELSE [] END |
  MERGE (a)-[r:ORGANIZED_BY {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'HAD_EDITION' THEN [1] ELSE [] END |
  MERGE (a)-[r:HAD_EDITION {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'PARTICIPATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTICIPATED_IN {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'PURSUES' THEN [1] ELSE [] END |
  MERGE (a)-[r:PURSUES {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'REPORTED' THEN [1] ELSE [] END |
  MERGE (a)-[r:REPORTED {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:AT {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'LISTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:LISTS {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'PARTY' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTY {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'SIGNED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:SIGNED_AT {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'PARTNERS_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTNERS_WITH {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF_NETWORK' THEN [1] ELSE [] END |
  MERGE (a)-[r:MEMBER_OF_NETWORK {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'HOLDS' THEN [1] ELSE [] END |
  MERGE (a)-[r:HOLDS {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:OF {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'ELECTED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[r:ELECTED_AT {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
FOREACH (_ IN CASE row.type WHEN 'WORKS_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[r:WORKS_WITH {key: row.key}]->(b) SET r = row.props, r.key = row.key, r.loadedFrom = $checksum)
