// Entity.relations of an entity with more than $dense relations (relations-of-entities.cypher
// leaves it out): one keyset page in relation-id order from the ends indexes
// (parts/relations-of-dense-entity.cypher), so a hub's page reads about $limit relations per
// type and direction instead of its thousands. $direction and $types as there; the other
// filters walk (server/src/db/relations.ts). One entity per query, the first of $ids (which
// repeats it: a list's plan bucket is its length, so a short id and a long one share a plan).
MATCH (n:Entity {id: $ids[0]})
CALL (n) {
  // include: relations-of-dense-entity
  WITH r ORDER BY r.id LIMIT $limit
  RETURN collect(r {/* include: relation-fields */, /* include: relation-ends */}) AS relations
}
RETURN relations
