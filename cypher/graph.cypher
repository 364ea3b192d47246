// The start view: the $limit most connected entities (read in degree order from the
// entity_degree index, ties by id: a partial top, never a sort of every entity) and the relations
// among them. `total` is every entity, from the count store; `truncated` says the limit cut it.
CALL () {
  MATCH (n:Entity)
  WHERE n.degree IS NOT NULL
  WITH n ORDER BY n.degree DESC, n.id LIMIT $limit
  RETURN collect(n) AS kept
}
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS total
}
// include: induced-edges
RETURN [n IN kept | n {/* include: entity-fields */}] AS nodes,
       edges,
       total > size(kept) AS truncated,
       total,
       total AS totalAtLeast
