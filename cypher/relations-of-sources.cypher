// Source.relations for a batch of sources: per source, one keyset page of the relations citing
// it, in id order. The relation_sources full-text index (keyword analyzer over sourceIds) finds
// them without a scan: a source cited by fewer than $dense relations has all of them sorted by
// id; one cited more often than that is served by walking each relation type's id index in
// order, keeping those that cite it (they are dense, so a page takes a few thousand steps).
// The id-order walk takes every type and status ($inTypes, $inStatuses) and $until '9999'.
UNWIND $ids AS id
CALL (id) {
  CALL db.index.fulltext.queryRelationships('relation_sources', 'sourceIds:"' + id + '"', {limit: $dense})
  YIELD relationship
  RETURN collect(relationship) AS cited
}
CALL (id, cited) {
  UNWIND CASE WHEN size(cited) < $dense THEN cited ELSE [] END AS r
  WITH r WHERE r.id > $after
  RETURN r
  UNION ALL
  WITH id AS citing, cited WHERE size(cited) >= $dense
  // include: relations-in-id-order
  RETURN r
}
WITH id, r ORDER BY r.id
WITH id, collect(r)[0..$limit] AS page
RETURN id, [r IN page | r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
  from: properties(startNode(r)),
  to: properties(endNode(r))}] AS relations
