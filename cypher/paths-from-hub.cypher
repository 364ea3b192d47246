// Paths between two entities when either is a hub (see paths.cypher for the order, bounds and
// exclusions). The legacy shortestPath() is a bidirectional search that stops at the first
// meeting point, so a hub at an end costs one walk of its relations, not one per trail. For
// $k > 1 the other candidates are, for each step of that first path, the shortest path that
// avoids the two entities of that step being joined directly: the second shortest path is
// among them (any other simple path misses some step of the first), later ones are the best
// of those detours. Predicates over nodes(p) and relationships(p) are checked during the search.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH first = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(first) WHERE n = a OR n = b OR (NOT n.type IN $excludeTypes AND NOT n.id IN $excludeIds AND ($maxDegree IS NULL OR n.degree <= $maxDegree)))
  AND all(r IN relationships(first) WHERE
  // include: relation-filter
  )
CALL (a, b, first) {
  RETURN first AS p
  UNION
  UNWIND CASE WHEN $k > 1 THEN range(0, length(first) - 1) ELSE [] END AS i
  WITH a, b, nodes(first)[i] AS u, nodes(first)[i + 1] AS w
  MATCH p = shortestPath((a)-[*..6]-(b))
  WHERE all(n IN nodes(p) WHERE n = a OR n = b OR (NOT n.type IN $excludeTypes AND NOT n.id IN $excludeIds AND ($maxDegree IS NULL OR n.degree <= $maxDegree)))
    AND all(r IN relationships(p) WHERE NOT (startNode(r) IN [u, w] AND endNode(r) IN [u, w]) AND
    // include: relation-filter
    )
  RETURN p
}
// include: ranked-paths
