// Goals by code, for node(id: "Goal:G01"). Unknown codes give no row. Params: $keys (goal codes).
UNWIND $keys AS key
MATCH (g:Goal {code: key})
RETURN key, g {.code, .titleSr, .titleEn, .titleEnOrigin, .themes, .uid} AS value
