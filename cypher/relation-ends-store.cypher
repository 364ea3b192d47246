// Stores the ids of their ends on every relation of one type (__TYPE__, from the closed
// vocabulary) in one transaction: the one-time upgrade of a graph an older version wrote
// (relation-ends-missing.cypher). A type holds at most a few hundred thousand relations.
MATCH (a)-[r:__TYPE__]->(b)
SET r.fromId = a.id, r.toId = b.id
RETURN count(r) AS stored
