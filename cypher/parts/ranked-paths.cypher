// Part: `paths`, the candidate paths `p` ranked: simple ones within $maxLength, one per entity
// sequence, shortest first, then by their entity ids, at most $k, with entities and relations
// projected. Included by a line `// include: ranked-paths` after the search.
WITH p
WHERE length(p) <= $maxLength AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH [n IN nodes(p) | n.id] AS key, head(collect(p)) AS p
WITH p ORDER BY length(p), key LIMIT $k
RETURN collect({
  nodes: [n IN nodes(p) | n {/* include: entity-fields */}],
  edges: [r IN relationships(p) | r {/* include: relation-fields */}]
}) AS paths
