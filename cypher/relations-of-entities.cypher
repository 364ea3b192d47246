// Entity.relations for a whole batch of entities in one round trip: per entity, one keyset
// page in relation-id order. $direction is OUTGOING, INCOMING or BOTH.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE r.id > $after
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(r) = n) OR ($direction = 'INCOMING' AND endNode(r) = n))
    AND (size($types) = 0 OR type(r) IN $types)
    AND (size($statuses) = 0 OR r.status IN $statuses)
  WITH DISTINCT r ORDER BY r.id LIMIT $limit
  RETURN collect(r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS relations
}
RETURN id, relations
