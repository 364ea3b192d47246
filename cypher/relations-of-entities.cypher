// Entity.relations for a whole batch of entities in one round trip: per entity, one keyset page
// in relation-id order. $direction (OUTGOING, INCOMING or BOTH) picks which of the entity's
// relationship chains are walked, so a hub's page reads its relations once, in one direction if
// asked; $other ('' = any) keeps those whose other end has that id; the relation filter as in
// parts/relation-filter.cypher. Relationships only ever join two entities.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    WITH n WHERE $direction <> 'INCOMING'
    MATCH (n)-[r]->(m)
    RETURN r, m
    UNION ALL
    WITH n WHERE $direction <> 'OUTGOING'
    MATCH (n)<-[r]-(m)
    RETURN r, m
  }
  WITH r, m
  WHERE r.id > $after AND ($other = '' OR m.id = $other) AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN collect(r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
  from: properties(startNode(r)),
  to: properties(endNode(r))}) AS relations
}
RETURN id, relations
