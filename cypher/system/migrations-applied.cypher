// Migrations already applied, with the checksum of the file that was applied.
MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum
