// Writes dataset nodes, merged on uid ("Label:key"); labels come from a fixed list, never from input.
// A node curated through the API or an import (origin api or import) keeps its properties: the file only stamps it as
// still stated, so it is neither overwritten nor removed as stale; a retracted one (curated too) keeps :Retracted in place
// of its label.
// Params: $rows [{uid, labels, props}], $checksum (identifies the dataset file that wrote them).
UNWIND $rows AS row
MERGE (n:Entity {uid: row.uid})
WITH n, row, coalesce(n.origin, 'dataset') = 'dataset' AS fromFile
FOREACH (_ IN CASE WHEN fromFile THEN [1] ELSE [] END |
  SET n = row.props, n.uid = row.uid, n.dataset = 'nkss', n.origin = 'dataset')
SET n.loadedFrom = $checksum
WITH n, CASE WHEN n:Retracted THEN row {.*, labels: []} ELSE row END AS row, fromFile
{{entity-labels}}
RETURN count(CASE WHEN fromFile THEN NULL ELSE 1 END) AS curated
