// Retracted organizations by id ($bySlug false) or slug ($bySlug true), as the Organization type reads them, with their
// retraction: what organization(includeRetracted: true) answers when no live one has the key. The organization's own
// relationships (its city, its citations) stay with it. Few nodes are :Retracted: a label scan finds them.
// Params: $keys, $bySlug.
UNWIND $keys AS key
MATCH (o:Retracted {retractedLabel: 'Organization'})
WHERE (NOT $bySlug AND o.id = key) OR ($bySlug AND o.slug = key)
WITH key, o, o AS r
WITH key, {{organization-row}} AS row, {{retraction}} AS retraction
RETURN key, row {.*, retraction: retraction} AS value
