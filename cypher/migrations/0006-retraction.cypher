// Retracted records (docs/curation.md, "Retraction, not deletion"): `retracted` pages them, the latest retraction
// first. A retracted node keeps its uid (the entity_uid constraint finds it); these index when it was retracted.
CREATE INDEX retracted_node_at IF NOT EXISTS FOR (n:Retracted) ON (n.retractedAt);
CREATE INDEX retracted_relationship_at IF NOT EXISTS FOR ()-[r:RETRACTED]-() ON (r.retractedAt);
