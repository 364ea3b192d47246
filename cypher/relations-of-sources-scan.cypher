// Source.relations while the relation_sources full-text index is not online (it populates in the
// background after a bulk import, and a full-text query would wait for it): per source in $ids,
// the first $limit relations past $after in id order that cite it, from one pass over every
// relation whatever the number of sources (walking the id indexes per source, as
// relations-of-sources.cypher does for dense ones, would read them all once per rare source).
MATCH ()-[r]->()
WITH r, [id IN r.sourceIds WHERE id IN $ids] AS citing
WHERE size(citing) > 0 AND r.id > $after
UNWIND citing AS id
WITH id, r ORDER BY r.id
WITH id, collect(r)[0..$limit] AS page
RETURN id, [r IN page | r {/* include: relation-fields */, /* include: relation-ends */}] AS relations
