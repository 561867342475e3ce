// Writes dataset nodes, merged on uid ("Label:key"); labels come from this fixed list, never from input.
// Params: $rows [{uid, labels, props}], $checksum (identifies the dataset file that wrote them).
UNWIND $rows AS row
MERGE (n:Entity {uid: row.uid})
SET n = row.props, n.uid = row.uid, n.dataset = 'nkss', n.loadedFrom = $checksum
FOREACH (_ IN CASE WHEN 'Source' IN row.labels THEN [1] ELSE [] END | SET n:Source)
FOREACH (_ IN CASE WHEN 'Country' IN row.labels THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN 'Region' IN row.labels THEN [1] ELSE [] END | SET n:Region)
FOREACH (_ IN CASE WHEN 'District' IN row.labels THEN [1] ELSE [] END | SET n:District)
FOREACH (_ IN CASE WHEN 'City' IN row.labels THEN [1] ELSE [] END | SET n:City)
FOREACH (_ IN CASE WHEN 'Organization' IN row.labels THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN 'Association' IN row.labels THEN [1] ELSE [] END | SET n:Association)
FOREACH (_ IN CASE WHEN 'Person' IN row.labels THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN 'Event' IN row.labels THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN 'Programme' IN row.labels THEN [1] ELSE [] END | SET n:Programme)
FOREACH (_ IN CASE WHEN 'Goal' IN row.labels THEN [1] ELSE [] END | SET n:Goal)
FOREACH (_ IN CASE WHEN 'MembershipReport' IN row.labels THEN [1] ELSE [] END | SET n:MembershipReport)
FOREACH (_ IN CASE WHEN 'Agreement' IN row.labels THEN [1] ELSE [] END | SET n:Agreement)
FOREACH (_ IN CASE WHEN 'BoardRole' IN row.labels THEN [1] ELSE [] END | SET n:BoardRole)
