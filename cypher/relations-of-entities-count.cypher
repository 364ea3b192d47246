// How many relations of each entity in $ids pass the filters of relations-of-entities.cypher
// (direction, $other, the relation filter): totalCount of a filtered Entity.relations or of
// relations(filter: {from/to}), one batched count, bounded by the entities' degrees.
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
  WHERE ($other = '' OR m.id = $other) AND
  // include: relation-filter
  RETURN count(r) AS total
}
RETURN id, total
