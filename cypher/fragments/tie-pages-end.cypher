// Closes fragments/tie-pages-begin: one row, {pages: [{key, value: {ties, totalCount}}], places}, where totalCount counts
// every tie of the origins asked for and places are the distinct places of the partners' cities
// (fragments/places-of-cities).
}
WITH collect({key: key, value: {
  ties: ties,
  totalCount: COUNT { (self)-[t:TIED_TO]-(:Organization) WHERE $origins IS NULL OR t.origin IN $origins }
}}) AS pages, collect(partnerCities) AS cityLists
CALL (cityLists) {
  UNWIND cityLists AS cities
  UNWIND cities AS city
  {{places-of-cities}}
}
RETURN pages, places
