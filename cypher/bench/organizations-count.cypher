// Benchmark floor (Q3): how many organizations there are (the association included). No params.
MATCH (o:Organization)
RETURN count(o) AS totalCount
