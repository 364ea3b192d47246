// The $k shortest distinct paths between two entities (distinct entity sequences, at most 10,
// each at most 6 hops, the pattern's literal bound; $maxLength narrows it), shortest first, then
// by their entity ids. Both searches are Neo4j's bidirectional ones, which stop at the depth
// where the two sides meet, so a hub on the way (or at an end) costs one walk of its relations;
// the predicates over nodes(p) and relationships(p) are checked during the search, so avoiding a
// type, some ids or every entity with more than $maxDegree relations (its degree in the whole
// database) finds the next best route; the ends themselves are never excluded.
// 1. Every shortest path (at most 1,000, a bound for two hubs joined by thousands of equal
//    routes): when k of them exist, they are the answer, exactly.
// 2. Otherwise the detours: for each step of the first shortest path, every shortest path that
//    avoids that step's two entities being joined directly (all of them, so the ranking by ids,
//    not the store's order, picks among equals). The second shortest path is always among them
//    (any other simple path misses some step of the first); later ones are the best of those
//    detours, which can miss a longer path that only a detour of a detour would find.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE all(n IN nodes(p) WHERE /* include: path-node-allowed */)
    AND all(r IN relationships(p) WHERE
    // include: relation-filter
    )
  RETURN p LIMIT 1000
}
WITH a, b, p ORDER BY [n IN nodes(p) | n.id]
WITH a, b, collect(p) AS shortest
CALL (a, b, shortest) {
  UNWIND shortest AS p
  RETURN p
  UNION
  WITH a, b, shortest
  WHERE size(shortest) > 0 AND size(shortest) < $k
  WITH a, b, shortest[0] AS first
  UNWIND range(0, length(first) - 1) AS i
  WITH a, b, nodes(first)[i] AS u, nodes(first)[i + 1] AS w
  CALL (a, b, u, w) {
    MATCH p = allShortestPaths((a)-[*..6]-(b))
    WHERE all(n IN nodes(p) WHERE /* include: path-node-allowed */)
      AND all(r IN relationships(p) WHERE NOT (startNode(r) IN [u, w] AND endNode(r) IN [u, w]) AND
      // include: relation-filter
      )
    RETURN p LIMIT 1000
  }
  RETURN p
}
// include: ranked-paths
