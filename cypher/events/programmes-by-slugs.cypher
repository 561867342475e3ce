// Programmes (festivals, projects, funds, campaigns, publications) by slug. Params: $keys (slugs).
UNWIND $keys AS key
MATCH (g:Programme {slug: key})
RETURN key, {{programme-row}} AS value
