// How many relations cite each source in $ids, while the relation_sources full-text index is not
// online (relations-of-sources-count.cypher would wait for it): one pass over every relation.
// Sources cited by none return no row.
MATCH ()-[r]->()
UNWIND [id IN r.sourceIds WHERE id IN $ids] AS id
RETURN id, count(*) AS total
