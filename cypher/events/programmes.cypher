// Slugs of all programmes in time order.
MATCH (g:Programme) RETURN g.slug AS slug ORDER BY g.startEarliest, g.slug
