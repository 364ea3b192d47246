// Sizes of the graph, for /health and the seed-on-start check.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN entities, relations, sources
