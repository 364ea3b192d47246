// Sizes of the graph, for the seed-on-start check, from Neo4j's count store (no counting):
// relationships only ever join two entities, so every relationship is a relation.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN entities, relations, sources
