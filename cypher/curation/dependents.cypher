// The live records that still point at a node record or hang on it (a membership of an organization, an event it
// organized, a citation of a source, a membership admitted at an event …): a node is retracted only when none is left,
// so no answer shows a fact about a retracted record. Its own relationships (its citations, its city …; $owned out of
// it, $ownedIn into it), derived ties and change records do not count. Params: $uid, $key, $owned [type],
// $ownedIn [type].
MATCH (n:Entity {uid: $uid})
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE NOT type(r) IN ['TIED_TO', 'RETRACTED', 'CHANGED']
    AND NOT (startNode(r) = n AND type(r) IN $owned)
    AND NOT (endNode(r) = n AND type(r) IN $ownedIn)
    AND NOT m:Retracted
  RETURN type(r) AS type, m.uid AS other
  UNION
  // A membership names the assembly that admitted the member by its slug (a property, not a relationship).
  MATCH (m:Entity)-[r:MEMBER_OF {admittedAt: $key}]->(:Entity)
  WHERE n:Event
  RETURN type(r) AS type, m.uid AS other
}
RETURN type, other
ORDER BY type, other
LIMIT 20
