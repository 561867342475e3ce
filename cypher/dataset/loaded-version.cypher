// The dataset version and checksum currently loaded, if any.
MATCH (d:Dataset {name: 'nkss'}) RETURN d.version AS version, d.checksum AS checksum
