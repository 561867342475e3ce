// The audit trail (cypher/curation/record-changes.cypher): change ids are unique; recent edits are read newest first
// from (at, id), a record's history by its key.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at, c.id);
CREATE INDEX change_key IF NOT EXISTS FOR (c:Change) ON (c.key);
