// Goals an association pursues, in statute order, for each of $keys [{association (slug), theme (null = all goals)}].
UNWIND $keys AS key
MATCH (:Association {slug: key.association})-[:PURSUES]->(g:Goal)
WHERE key.theme IS NULL OR key.theme IN g.themes
WITH key, g ORDER BY g.code
RETURN key, collect(g {.code, .titleSr, .titleEn, .titleEnOrigin, .themes, .uid}) AS value
