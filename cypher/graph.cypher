// The whole graph, most connected entities first when $limit cuts it, with every relation
// among the kept entities that passes $asOf (null = all; else undated or date/start <= $asOf in
// string order). The article's graph is small enough to open on.
MATCH (n:Entity)
WITH n ORDER BY COUNT { (n)--(:Entity) } DESC, n.id
WITH collect(n) AS ordered
WITH ordered[0..$limit] AS kept, size(ordered) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept
    AND ($asOf IS NULL OR coalesce(r.date, r.start) IS NULL OR coalesce(r.date, r.start) <= $asOf)
  WITH r ORDER BY r.id
  RETURN collect(r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS edges
}
RETURN [n IN kept | n {.id, .name, .type, .aliases, .description, .sourceIds, degree: COUNT { (n)--(:Entity) }}] AS nodes, edges, truncated
