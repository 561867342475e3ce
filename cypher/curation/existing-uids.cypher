// Which of these records are in the graph (the curation engine checks a patch's references against them).
// Params: $uids ["Label:key"].
UNWIND $uids AS uid
MATCH (n:Entity {uid: uid})
RETURN n.uid AS uid
