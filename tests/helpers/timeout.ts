// Integration tests talk to a real Neo4j on a two-core machine; a request can take a second under load.
jest.setTimeout(60_000);
