// Codes of all countries, optionally only the Southeast European ones. Params: $southeastEurope (null = all).
MATCH (k:Country)
WHERE $southeastEurope IS NULL OR k.southeastEurope = $southeastEurope
RETURN k.code AS code ORDER BY k.name
