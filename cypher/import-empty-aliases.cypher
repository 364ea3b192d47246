// After a bulk import: the importer stores no empty list, the Cypher loader stores aliases: [].
// Gives every entity without aliases the empty list, so both loads store the same graph.
MATCH (n:Entity)
WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS
