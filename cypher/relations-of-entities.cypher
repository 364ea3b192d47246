// Entity.relations for a whole batch of entities in one round trip: per entity, one keyset page
// in relation-id order. $direction (OUTGOING, INCOMING or BOTH) picks which of the entity's
// relationship chains are walked; $other ('' = any) keeps those whose other end has that id;
// the relation filter as in parts/relation-filter.cypher. Relationships only ever join two
// entities. An entity of more than $dense relations is only marked `dense`: walking a hub's
// chains reads every relationship, so its page comes from the ends indexes instead
// (relations-of-dense-entities.cypher), while for the rest one walk is cheaper than a seek per
// type and direction.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, coalesce(n.degree, 0) > $dense AS dense
CALL (n, dense) {
  CALL (n, dense) {
    WITH n WHERE NOT dense AND $direction <> 'INCOMING'
    MATCH (n)-[r]->(m)
    RETURN r, m
    UNION ALL
    WITH n WHERE NOT dense AND $direction <> 'OUTGOING'
    MATCH (n)<-[r]-(m)
    RETURN r, m
  }
  WITH r, m
  WHERE r.id > $after AND ($other = '' OR m.id = $other) AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN collect(r {/* include: relation-fields */, /* include: relation-ends */}) AS relations
}
RETURN id, dense, relations
