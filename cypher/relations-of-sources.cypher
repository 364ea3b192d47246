// Source.relations for a batch of sources: the relations that cite each, in id order.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE id IN r.sourceIds AND r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  RETURN collect(r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}) AS relations
}
RETURN id, relations
