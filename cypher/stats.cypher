// Counts per entity type and relation type, and the $top most connected entities.
CALL () {
  MATCH (n:Entity)
  WITH n.type AS type, count(*) AS count ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS entityTypes, sum(count) AS entities
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS count ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS relationTypes, sum(count) AS relations
}
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () {
  MATCH (n:Entity)
  WITH n ORDER BY COUNT { (n)--(:Entity) } DESC, n.id LIMIT $top
  RETURN collect(n {.id, .name, .type, .aliases, .description, .sourceIds, degree: COUNT { (n)--(:Entity) }}) AS mostConnected
}
RETURN entities, relations, sources, entityTypes, relationTypes, mostConnected
