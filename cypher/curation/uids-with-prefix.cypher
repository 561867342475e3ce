// Every record of one label, for the dataset export: the keys of the nodes whose uid starts with $prefix ("City:"),
// retracted ones left out.
// Params: $prefix.
MATCH (n:Entity)
WHERE n.uid STARTS WITH $prefix AND NOT n:Retracted
RETURN substring(n.uid, size($prefix)) AS key
ORDER BY key
