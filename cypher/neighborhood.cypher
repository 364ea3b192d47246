// Entities within $depth (1..3) hops of $id, breadth first: each level is expanded once and
// de-duplicated, so the work grows with the edges seen, not with the number of paths. Nodes are
// kept in (distance, id) order up to $limit; edges are those among kept nodes that pass the
// filters, in id order. $types/$statuses [] = all. $asOf (YYYY, YYYY-MM or YYYY-MM-DD, or null)
// keeps undated relations and those whose date/start is <= $asOf in string order.
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types) AND (size($statuses) = 0 OR r.status IN $statuses)
    AND ($asOf IS NULL OR coalesce(r.date, r.start) IS NULL OR coalesce(r.date, r.start) <= $asOf)
  RETURN collect(DISTINCT m) AS level1
}
CALL (c, level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types) AND (size($statuses) = 0 OR r.status IN $statuses)
    AND ($asOf IS NULL OR coalesce(r.date, r.start) IS NULL OR coalesce(r.date, r.start) <= $asOf)
    AND m <> c AND NOT m IN level1
  RETURN collect(DISTINCT m) AS level2
}
CALL (c, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2 ELSE [] END AS x
  MATCH (x)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types) AND (size($statuses) = 0 OR r.status IN $statuses)
    AND ($asOf IS NULL OR coalesce(r.date, r.start) IS NULL OR coalesce(r.date, r.start) <= $asOf)
    AND m <> c AND NOT m IN level1 AND NOT m IN level2
  RETURN collect(DISTINCT m) AS level3
}
UNWIND [{n: c, d: 0}] + [m IN level1 | {n: m, d: 1}] + [m IN level2 | {n: m, d: 2}] + [m IN level3 | {n: m, d: 3}] AS reached
WITH reached ORDER BY reached.d, reached.n.id
WITH collect(reached.n) AS ordered
WITH ordered[0..$limit] AS kept, size(ordered) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND (size($types) = 0 OR type(r) IN $types) AND (size($statuses) = 0 OR r.status IN $statuses)
    AND ($asOf IS NULL OR coalesce(r.date, r.start) IS NULL OR coalesce(r.date, r.start) <= $asOf)
  WITH r ORDER BY r.id
  RETURN collect(r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS edges
}
RETURN [n IN kept | n {.id, .name, .type, .aliases, .description, .sourceIds, degree: COUNT { (n)--(:Entity) }}] AS nodes, edges, truncated
