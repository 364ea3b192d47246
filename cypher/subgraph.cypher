// The entities named in $ids, the endpoints of the relations named in $ids, and every relation
// among them that passes $asOf (null = all; else undated or date/start <= $asOf in string order).
// Opens a GraphQL result or a lesson step on the canvas; unknown ids are ignored.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS named
}
CALL () {
  UNWIND $ids AS id
  MATCH (a:Entity)-[r {id: id}]->(b:Entity)
  RETURN collect(a) + collect(b) AS ends
}
UNWIND named + ends AS n
WITH DISTINCT n ORDER BY n.id
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
