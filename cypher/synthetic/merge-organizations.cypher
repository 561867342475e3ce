// Writes synthetic organizations (labelled Synthetic, synthetic: true; the synthetic association also Association), each
// BASED_IN one real city, merged on id so a second run changes nothing. Params: $rows [{id, slug, name, kind, sector,
// founded, foundedPrecision, foundedEarliest, foundedLatest (YYYY-MM-DD), sortName, searchKey, city (slug), association}].
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o:Entity:Synthetic, o.uid = 'Organization:' + row.id, o.slug = row.slug, o.name = row.name, o.aliases = [],
  o.kind = row.kind, o.sector = row.sector, o.disciplines = [], o.founded = row.founded,
  o.foundedPrecision = row.foundedPrecision, o.foundedEarliest = date(row.foundedEarliest),
  o.foundedLatest = date(row.foundedLatest), o.sortName = row.sortName, o.searchKey = row.searchKey, o.synthetic = true
FOREACH (_ IN CASE WHEN row.association THEN [1] ELSE [] END | SET o:Association)
WITH o, row
OPTIONAL MATCH (o)-[old:BASED_IN]->(elsewhere:City)
  WHERE elsewhere.slug <> row.city
DELETE old
WITH DISTINCT o, row
MATCH (c:City {slug: row.city})
MERGE (o)-[b:BASED_IN {key: ''}]->(c)
SET b.synthetic = true
