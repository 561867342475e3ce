// Goals an association pursues, in statute order. Params: $keys, each "associationSlug|theme" (empty theme = all goals).
UNWIND $keys AS key
WITH key, split(key, '|') AS k
MATCH (:Association {slug: k[0]})-[:PURSUES]->(g:Goal)
WHERE k[1] = '' OR k[1] IN g.themes
WITH key, g ORDER BY g.code
RETURN key, collect(g {.code, .titleSr, .titleEn, .titleEnOrigin, .themes, .uid}) AS value
