// One page of a neighbour group: the neighbours of $id linked by relations of type $relationType
// in one direction ($outgoing) whose type is $entityType, most connected first (stored degree,
// then id), after the keyset cursor ($afterDegree, $afterId; $afterDegree -1 = from the start).
// Returns $first + 1 neighbours (the extra one says another page follows), the group's
// relations to them, and the relations between them and the entities in $context (those on the
// canvas) or among themselves, so a page drawn on the canvas is connected like the rest.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(m:Entity)
  WHERE type(r) = $relationType AND (startNode(r) = c) = $outgoing AND m.type = $entityType AND m <> c
    AND ($afterDegree < 0 OR m.degree < $afterDegree OR (m.degree = $afterDegree AND m.id > $afterId))
  WITH DISTINCT m
  ORDER BY m.degree DESC, m.id
  LIMIT $first + 1
  RETURN collect(m) AS page
}
WITH c, page, [m IN page | m.id][0..$first] AS pageIds
CALL (c, page, pageIds) {
  UNWIND page[0..$first] AS m
  MATCH (m)-[r]-(o:Entity)
  WHERE o = c OR o.id IN pageIds OR o.id IN $context
  WITH DISTINCT r ORDER BY r.id
  RETURN collect(r {/* include: relation-fields */}) AS edges
}
RETURN [m IN page | m {/* include: entity-fields */}] AS nodes, edges
