// Writes synthetic programmes (labelled Synthetic), merged on slug, each HELD_IN one real city. Params: $rows [{slug, name,
// kind, start, startPrecision, startEarliest, startLatest, end, endPrecision, endEarliest, endLatest, searchKey, city}].
UNWIND $rows AS row
MERGE (g:Programme {slug: row.slug})
SET g:Entity:Synthetic, g.uid = 'Programme:' + row.slug, g.name = row.name, g.kind = row.kind, g.start = row.start,
  g.startPrecision = row.startPrecision, g.startEarliest = date(row.startEarliest), g.startLatest = date(row.startLatest),
  g.end = row.end, g.endPrecision = row.endPrecision, g.endEarliest = date(row.endEarliest), g.endLatest = date(row.endLatest),
  g.searchKey = row.searchKey, g.synthetic = true
WITH g, row
MATCH (c:City {slug: row.city})
MERGE (g)-[h:HELD_IN {key: ''}]->(c)
SET h.synthetic = true
