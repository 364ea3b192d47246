// Everything /health reports, in one round trip. Every count is read from Neo4j's count store
// (a label alone, or a relationship with unlabelled ends), so /health costs the same at 1M
// relations as at 100.
CALL dbms.components() YIELD versions, edition
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN versions[0] AS version, edition, entities, relations, sources
