// Whether the graph was loaded before relations stored their timeline key (fixtures/time-key.ts):
// it holds a dated relation, yet no relation has a `timeKey`. Both reads stop at their first
// match, so a graph with keys answers at once; only a graph without them is read through.
OPTIONAL MATCH ()-[dated]->()
WHERE dated.date IS NOT NULL OR dated.start IS NOT NULL
WITH dated LIMIT 1
RETURN dated IS NOT NULL AND NOT EXISTS { MATCH ()-[keyed]->() WHERE keyed.timeKey IS NOT NULL } AS missing
