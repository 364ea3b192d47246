// One keyset page of relations in id order, filtered by type, status and endpoints
// ($from/$to '' = any).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id > $after
  AND (size($types) = 0 OR type(r) IN $types)
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND ($from = '' OR a.id = $from)
  AND ($to = '' OR b.id = $to)
WITH r ORDER BY r.id LIMIT $limit
RETURN r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relation
