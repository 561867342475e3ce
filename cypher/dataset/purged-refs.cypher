// Which of these records an admin purged (a :Purged tombstone, cypher/curation/purge.cypher): the loader leaves them out,
// and every relationship of the file that starts or ends at a purged node. Params: $refs (node uids, relationship
// "TYPE|from|to|key").
UNWIND $refs AS ref
MATCH (p:Purged {ref: ref})
RETURN p.ref AS ref
