// Relations by id, for relation(id) and the per-request relation loader.
UNWIND $ids AS id
// include: relation-by-id
RETURN r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
  from: properties(startNode(r)),
  to: properties(endNode(r))} AS relation
