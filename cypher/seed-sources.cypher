// Upserts sources by id. $rows: [{id, props}]; props replaces all properties, so a re-run
// with the same fixtures leaves the node exactly as it was.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row.props
