// Purge tombstones (docs/curation.md, "Purge"): one :Purged node per purged record, found by `ref` (a node record's uid,
// a relationship record's "TYPE|from|to|key"), so the loader never writes a purged record again.
CREATE CONSTRAINT purged_ref IF NOT EXISTS FOR (p:Purged) REQUIRE p.ref IS UNIQUE;
