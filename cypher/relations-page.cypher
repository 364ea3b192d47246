// One keyset page of relations() in id order, filtered, with no endpoint given
// (relations-of-entities.cypher serves those). Every relation listing returns the endpoints
// with it, read in the same query: a reload between two queries of a request cannot leave a
// listed relation without its ends.
WITH null AS citing
// include: relations-in-id-order
WITH r ORDER BY r.id LIMIT $limit
RETURN r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
  from: properties(startNode(r)),
  to: properties(endNode(r))} AS relation
