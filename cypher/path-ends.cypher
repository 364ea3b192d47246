// The endpoints of a path search: whether each exists (paths.cypher answers nothing for a
// missing end, and the API says which one is missing).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
