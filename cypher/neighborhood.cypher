// Entities within $depth (1..3) hops of $id, nearest first, then by id, up to $limit (the centre
// counts), with the relations among them that pass the relation filter, in id order. The work is
// bounded by the limit, not by the graph:
// - each level is expanded once and de-duplicated, and only its first $limit ids are kept (a
//   Top, not a sort of the level);
// - a level is expanded only while the nearer ones leave room, so a hub's level 1 fills a limit
//   of 100 and its level 2 is never computed;
// - `total` is exact when every level was counted, and null when the limit stopped the search
//   early (or, with $count false, when a hub's level 1 was read off the id index uncounted);
//   `reached` (a lower bound) and `truncated` are honest in every case.
// Relationships only ever join two entities, so neighbours need no label check.
MATCH (c:Entity {id: $id})
CALL (c) {
  // Unfiltered, a hub's first neighbours are read off the Entity id index in order, each
  // checked against the hub (Expand(Into) from the neighbour's side, its few relations), instead
  // of walking the hub's every relation and reading every neighbour's id. Taken when that is
  // expected to be cheaper (degree^2 > limit x relations: the scan reads about limit x
  // entities / degree ids) and bounded: the hub touches at least an eighth of all entities, so
  // 32 x limit ids hold its first limit neighbours unless its ids cluster late; if they do not,
  // the walk below runs after all. Degrees and totals come from the degree and count stores.
  // Counting the neighbours still walks the relations, so it runs only when $count asks.
  WITH c, COUNT { (c)--() } AS degree
  WITH c, size($types) = 0 AND size($statuses) = 0 AND $asOf IS NULL AND
          degree * degree > $limit * COUNT { ()-->() } AND 8 * degree >= COUNT { (:Entity) } AS scan
  CALL (c, scan) {
    // The seek's bound depends on scan (null matches nothing): a plain `WHERE scan` is planned
    // after the seek, which then read the whole id index for every entity.
    WITH c, CASE WHEN scan THEN '' END AS after
    MATCH (m:Entity) WHERE m.id > after
    WITH c, m ORDER BY m.id LIMIT 32 * $limit
    WITH m WHERE m <> c AND EXISTS { (c)--(m) }
    WITH m ORDER BY m.id LIMIT $limit
    RETURN collect(m) AS scanned
  }
  WITH c, scanned, size(scanned) = $limit AS filled
  CALL (c, filled) {
    WITH c WHERE filled AND $count
    MATCH (c)--(m) WHERE m <> c
    RETURN count(DISTINCT m) AS counted
  }
  CALL (c, filled) {
    WITH c WHERE NOT filled
    OPTIONAL MATCH (c)-[r]-(m)
    WHERE m <> c AND
    // include: relation-filter
    WITH collect(DISTINCT m) AS found
    CALL (found) {
      UNWIND found AS m
      WITH m ORDER BY m.id LIMIT $limit
      RETURN collect(m) AS level
    }
    RETURN size(found) AS walked, level AS expanded
  }
  RETURN CASE WHEN NOT filled THEN walked WHEN $count THEN counted ELSE $limit END AS n1,
         CASE WHEN filled THEN scanned ELSE expanded END AS level1,
         $count OR NOT filled AS exact
}
CALL (c, level1, n1) {
  UNWIND CASE WHEN $depth >= 2 AND 1 + n1 < $limit THEN level1 ELSE [] END AS x
  MATCH (x)-[r]-(m)
  WHERE m <> c AND NOT m IN level1 AND
  // include: relation-filter
  WITH collect(DISTINCT m) AS found
  CALL (found) {
    UNWIND found AS m
    WITH m ORDER BY m.id LIMIT $limit
    RETURN collect(m) AS level
  }
  RETURN size(found) AS n2, level AS level2
}
CALL (c, level1, level2, n1, n2) {
  UNWIND CASE WHEN $depth >= 3 AND 1 + n1 + n2 < $limit THEN level2 ELSE [] END AS x
  MATCH (x)-[r]-(m)
  WHERE m <> c AND NOT m IN level1 AND NOT m IN level2 AND
  // include: relation-filter
  WITH collect(DISTINCT m) AS found
  CALL (found) {
    UNWIND found AS m
    WITH m ORDER BY m.id LIMIT $limit
    RETURN collect(m) AS level
  }
  RETURN size(found) AS n3, level AS level3
}
// The level the limit stopped at, if any: the next one was never counted.
WITH ([c] + level1 + level2 + level3)[0..$limit] AS kept, 1 + n1 + n2 + n3 AS reached, exact,
     CASE
       WHEN $depth >= 2 AND 1 + n1 >= $limit THEN level1
       WHEN $depth >= 3 AND 1 + n1 + n2 >= $limit THEN level2
     END AS frontier
// When the limit is met exactly, one entity beyond the frontier makes the view truncated.
WITH kept, reached, frontier, exact,
     frontier IS NOT NULL AND reached = $limit AND any(x IN frontier WHERE EXISTS {
       MATCH (x)-[r]-(m)
       WHERE NOT m IN kept AND
       // include: relation-filter
     }) AS beyond
// include: induced-edges
RETURN [n IN kept | n {/* include: entity-fields */}] AS nodes,
       edges,
       reached > $limit OR beyond AS truncated,
       CASE WHEN frontier IS NULL AND exact THEN reached END AS total,
       CASE WHEN beyond THEN reached + 1 ELSE reached END AS totalAtLeast
