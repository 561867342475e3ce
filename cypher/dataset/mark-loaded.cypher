// Records which dataset version is loaded. Params: $version, $checksum.
MERGE (d:Dataset {name: 'nkss'})
SET d.version = $version, d.checksum = $checksum, d.loadedAt = datetime()
