// The $k shortest simple paths between two entities (at most 10, each at most 6 hops, the
// pattern's literal bounds; $maxLength narrows it). Filters apply during the search, so
// excluding hubs finds the next best route. One path per distinct node sequence, so parallel
// relations do not fill the list with near-copies. Missing endpoints are reported, not errors.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = SHORTEST 30 (a) (()-[r]-(x:Entity) WHERE size($types) = 0 OR type(r) IN $types){1,6} (b)
  WHERE all(n IN x[0..-1] WHERE NOT n.id IN $excludeIds AND NOT n.type IN $excludeTypes)
    AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  WITH p, [n IN nodes(p) | n.id] AS key WHERE length(p) <= $maxLength
  WITH key, head(collect(p)) AS p
  WITH p ORDER BY length(p), key LIMIT $k
  RETURN collect({
    nodes: [n IN nodes(p) | n {.id, .name, .type, .aliases, .description, .sourceIds, degree: COUNT { (n)--(:Entity) }}],
    edges: [r IN relationships(p) | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, paths
