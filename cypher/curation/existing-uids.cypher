// Which of these records are in the graph (the curation engine checks a patch's references against them); a retracted
// record is not: nothing new may point at it.
// Params: $uids ["Label:key"].
UNWIND $uids AS uid
MATCH (n:Entity {uid: uid})
WHERE NOT n:Retracted
RETURN n.uid AS uid
