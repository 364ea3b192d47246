// The neighbours of one entity, counted by relation type, direction and neighbour type: what a
// hub with thousands of neighbours shows instead of the neighbours themselves. One pass over
// the entity's relations (its stored `degree` says how many); no neighbour is returned.
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[r]-(m:Entity)
  WHERE m <> c
  WITH type(r) AS relationType, startNode(r) = c AS outgoing, m.type AS entityType, count(DISTINCT m) AS count
  WHERE count > 0
  ORDER BY count DESC, relationType, outgoing DESC, entityType
  RETURN collect({relationType: relationType, outgoing: outgoing, entityType: entityType, count: count}) AS groups
}
RETURN c {/* include: entity-fields */} AS entity, groups
