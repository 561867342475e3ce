// How many organizations there are, from Neo4j's count store (constant time): the unfiltered totalCount. No params.
MATCH (o:Organization)
RETURN count(o) AS totalCount
