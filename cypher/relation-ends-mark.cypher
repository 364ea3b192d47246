// Records on the `:Load` marker that every relation stores the ids of its ends, once
// relation-ends-missing.cypher found none missing or they were stored (relation-ends-known.cypher
// reads it). A graph without a marker is checked again at each start.
MATCH (l:Load {id: 'fixtures'})
SET l.relationEnds = true
