// The association the graph holds (goals are its goals; a patch of goals alone names none). Params: none.
MATCH (a:Association)
RETURN a.id AS id
ORDER BY id
LIMIT 1
