// How many relations cite each source in $ids (totalCount of Source.relations), from the
// relation_sources full-text index: as many index hits as relations, no scan of the others.
UNWIND $ids AS id
CALL (id) {
  CALL db.index.fulltext.queryRelationships('relation_sources', 'sourceIds:"' + id + '"')
  YIELD relationship
  RETURN count(relationship) AS total
}
RETURN id, total
