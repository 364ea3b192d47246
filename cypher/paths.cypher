// The $k shortest simple paths between two entities that are not hubs, ordered by length, then
// by their entity ids (at most 10, each at most 6 hops, the pattern's literal bound; $maxLength
// narrows it). Neo4j's bidirectional SHORTEST keeps 30 trails, then one path per distinct
// entity sequence, so parallel relations do not fill the list with near-copies. Exclusions
// apply during the search, inside the pattern, so avoiding a type, some ids or every entity with
// more than $maxDegree relations (its degree in the whole database) finds the next best route;
// the end itself is never excluded. A hub at either end makes SHORTEST walk its thousands of
// relations again for every trail: paths-from-hub.cypher serves those.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = SHORTEST 30 (a) ((x)-[r]-(y) WHERE
    (y.id = $to OR (NOT y.type IN $excludeTypes AND NOT y.id IN $excludeIds AND ($maxDegree IS NULL OR y.degree <= $maxDegree)))
    AND
    // include: relation-filter
  ){1,6} (b)
  RETURN p
}
// include: ranked-paths
