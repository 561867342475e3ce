// Records one applied migration. Params: $id, $checksum.
MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()
