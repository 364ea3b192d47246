// Everything /health reports, in one round trip.
CALL dbms.components() YIELD versions, edition
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN versions[0] AS version, edition, entities, relations, sources
