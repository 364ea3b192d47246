// Upserts sources by id (there are few, so one statement serves an empty database and a re-run).
// $rows: [{id, props}]; props replaces all properties, so a re-run leaves each node as it was.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row.props
