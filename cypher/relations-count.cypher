// totalCount of a relations() connection; run only when asked for.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND ($from = '' OR a.id = $from)
  AND ($to = '' OR b.id = $to)
RETURN count(r) AS total
