// Every id the database holds, by kind (relations with their type), for --replace to find what
// the fixtures no longer hold. Streamed to the loader.
MATCH (s:Source) RETURN 'source' AS kind, s.id AS id, null AS type
UNION ALL
MATCH (n:Entity) RETURN 'entity' AS kind, n.id AS id, null AS type
UNION ALL
MATCH (:Entity)-[r]->(:Entity) RETURN 'relation' AS kind, r.id AS id, type(r) AS type
