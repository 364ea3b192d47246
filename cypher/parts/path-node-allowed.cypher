// Part: whether a path may pass through entity `n` (see paths.cypher), inlined into
// `all(n IN nodes(p) WHERE ...)`. The ends `a` and `b` are never excluded; any other entity
// is when its type is in $excludeTypes, its id in $excludeIds, or, with $maxDegree set, when it
// has more relations than that in the whole database.
n = a OR n = b OR (NOT n.type IN $excludeTypes AND NOT n.id IN $excludeIds AND ($maxDegree IS NULL OR n.degree <= $maxDegree))
