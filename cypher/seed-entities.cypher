// Upserts entities by id: `:Entity` plus exactly one type label (from the closed vocabulary,
// checked before this runs). $rows: [{id, type, props}].
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [label IN labels(n) WHERE label <> 'Entity' AND label <> row.type] AS stale
REMOVE n:$(stale)
SET n:$(row.type)
SET n = row.props
