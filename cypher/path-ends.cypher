// The endpoints of a path search: whether each exists and its degree, which picks the search
// (paths.cypher, or paths-from-hub.cypher when either end is a hub).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, a.degree AS fromDegree, b.degree AS toDegree
