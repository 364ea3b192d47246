// Upserts relations by (type, id) between entities that exist (the loader checked them).
// $rows: [{id, type, from, to, props}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
