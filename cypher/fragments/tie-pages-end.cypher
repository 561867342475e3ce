// Closes fragments/tie-pages-begin: one row per organization, {key, ties, totalCount, places}, where totalCount counts
// every tie of the origins asked for when $withTotal (else null: counting expands every tie of a hub again; with all
// origins it is the node's degree, which Neo4j reads without expanding), and the first row alone carries `places`, the distinct places of every partner's
// city (fragments/places-of-cities; null on the other rows). A row per organization, not one row for all: a record
// larger than a Bolt chunk makes the JS driver decode every string of it on a slow path (twice the Node CPU measured).
}
WITH collect({key: key, ties: ties, totalCount: CASE
    WHEN NOT $withTotal THEN null
    WHEN $tieOrigins IS NULL THEN COUNT { (self)-[:TIED_TO]-() }
    ELSE COUNT { (self)-[t:TIED_TO]-() WHERE t.origin IN $tieOrigins }
  END}) AS pages, collect(partnerCities) AS cityLists
CALL (cityLists) {
  UNWIND cityLists AS cities
  UNWIND cities AS city
  {{places-of-cities}}
}
UNWIND range(0, size(pages) - 1) AS i
RETURN pages[i].key AS key, pages[i].ties AS ties, pages[i].totalCount AS totalCount, CASE WHEN i = 0 THEN places END AS places
