// Retracted node records by uid ("Organization:org-x", "City:beograd"): what node(id:, includeRetracted: true) answers
// for an id no live record has. The entity_uid constraint finds them (a retracted node keeps :Entity and its uid).
// Params: $keys (uids).
UNWIND $keys AS key
MATCH (r:Entity:Retracted {uid: key})
WITH key, r, {{retraction}} AS retraction
RETURN key, retraction {.*, label: r.retractedLabel} AS value
