// Upserts entities of one type (__TYPE__) by id: the :Entity label plus exactly that type label
// (a stale one is removed). degree is kept until the loader counts it again at the end, so
// readers never see an entity without one. $rows: [{id, props}].
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.degree, 0) AS degree,
     [label IN labels(n) WHERE label <> 'Entity' AND label <> '__TYPE__'] AS stale
REMOVE n:$(stale)
SET n:__TYPE__
SET n = row.props, n.degree = degree
