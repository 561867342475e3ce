// Tie pages in order from an index (fragments/tie-pages-begin): every TIED_TO carries both ends' ids and sort names
// (cypher/ties/rebuild.cypher), and one index per end holds an organization's ties in page order (partner sortName,
// partner id, tie id), so a page reads its ties from the index instead of expanding and sorting all of a hub's. Ties
// written before this migration get the four properties here, in batches (a million ties at 100k organizations).
CREATE INDEX tied_to_from_a IF NOT EXISTS FOR ()-[t:TIED_TO]-() ON (t.aId, t.bSortName, t.bId, t.id);
CREATE INDEX tied_to_from_b IF NOT EXISTS FOR ()-[t:TIED_TO]-() ON (t.bId, t.aSortName, t.aId, t.id);
MATCH (a)-[t:TIED_TO]->(b)
CALL (a, b, t) {
  SET t.aId = a.id, t.bId = b.id, t.aSortName = a.sortName, t.bSortName = b.sortName
} IN TRANSACTIONS OF 10000 ROWS;
