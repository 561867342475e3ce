// Slugs of all statistical regions in name order.
MATCH (r:Region) RETURN r.slug AS slug ORDER BY r.sortName
