// Countries by ISO 3166-1 alpha-2 code. Params: $keys (codes).
UNWIND $keys AS key
MATCH (k:Country {code: key})
RETURN key, k {.code, .name, .nameSr, .southeastEurope, .uid} AS value
