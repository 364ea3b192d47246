// totalCount of an entities() connection; run only when the client asks for it.
MATCH (n:Entity)
WHERE (size($types) = 0 OR n.type IN $types)
  AND ($search = '' OR toLower(n.name) CONTAINS $search OR any(a IN n.aliases WHERE toLower(a) CONTAINS $search))
RETURN count(n) AS total
