// The entities named in $ids, the endpoints of the relations named in $ids, and every relation
// among them that passes the relation filter ($asOf; $types and $statuses are [] here), in id
// order. Opens a GraphQL result or a lesson step on the canvas; unknown ids are ignored. Ids are
// looked up in the entity index and in each relation type's id index: no scan.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS named
}
CALL () {
  UNWIND $ids AS id
  // include: relation-by-id
  RETURN collect(startNode(r)) + collect(endNode(r)) AS ends
}
UNWIND named + ends AS n
WITH DISTINCT n ORDER BY n.id
WITH collect(n) AS ordered
WITH ordered[0..$limit] AS kept, size(ordered) > $limit AS truncated
// include: induced-edges
RETURN [n IN kept | n {/* include: entity-fields */}] AS nodes, edges, truncated
