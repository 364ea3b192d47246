// totalCount of entities() with a search text: a lower-case substring of the name or an alias
// has no index, so this reads every entity of the types asked for (run only when totalCount is
// selected; counts by type alone come from the count store, entities-count.cypher).
MATCH (n:Entity)
WHERE (size($types) = 0 OR n.type IN $types)
  AND ($search = '' OR toLower(n.name) CONTAINS $search OR any(a IN n.aliases WHERE toLower(a) CONTAINS $search))
RETURN count(n) AS total
