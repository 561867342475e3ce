// Organizations, people, cities, events, programmes and countries whose normalized names match $query (a Lucene query over
// the search key: Latin script, no diacritics, đ as dj), best first; $labels limits the kinds (null = all). An
// organization hit brings its row (fragments/organization-row), so showing it reads nothing more; with $rows false (the
// selection reads only its id, slug and name) just those and whether it is the association. Params: + $limit.
CALL db.index.fulltext.queryNodes('search_key', $query, {limit: $limit * 4})
YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN ['Organization', 'Person', 'City', 'Event', 'Programme', 'Country']][0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH node, score, label ORDER BY score DESC, node.sortName, coalesce(node.id, node.slug, node.code)
LIMIT $limit
RETURN label, coalesce(node.id, node.slug, node.code) AS key, node.name AS name, score,
  CASE
    WHEN label <> 'Organization' THEN null
    WHEN $rows THEN head([o IN [node] | {{organization-row}}])
    ELSE node {.id, .slug, .name, isAssociation: node:Association}
  END AS organization
