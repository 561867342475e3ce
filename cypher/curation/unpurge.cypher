// Removes the tombstones of records created again through the API or an import (a new, explicit decision after a
// purge; docs/curation.md, "Purge"). Params: $refs (node uids, relationship "TYPE|from|to|key").
UNWIND $refs AS ref
MATCH (p:Purged {ref: ref})
DELETE p
