// Whether every relation is known to store the ids of its ends, without reading them: the graph
// holds no relation, or its `:Load` marker says so (relationEnds: set by a load into an empty
// graph, by the bulk import and by relation-ends-mark.cypher). Spares a start the cold compile
// of relation-ends-missing.cypher's 26 branches (3.5-4.1 s of a fresh JVM on two cores).
OPTIONAL MATCH (l:Load {id: 'fixtures'})
RETURN coalesce(l.relationEnds, false) OR NOT EXISTS { MATCH ()-[]->() } AS known
