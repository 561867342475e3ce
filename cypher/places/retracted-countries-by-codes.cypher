// Retracted countries by code, as the Country type reads them, with their retraction: what
// country(includeRetracted: true) answers when no live country has the code. Params: $keys (codes).
UNWIND $keys AS key
MATCH (r:Retracted {retractedLabel: 'Country', code: key})
RETURN key, r {.code, .name, .nameSr, .southeastEurope, .uid, retraction: {{retraction}}} AS value
