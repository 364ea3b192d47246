// Deletes relations of one type (__TYPE__) whose id now joins other entities, so that the MERGE
// that follows creates them between the right ones instead of failing on the id constraint.
// $rows: [{id, from, to}].
UNWIND $rows AS row
MATCH (x)-[old:__TYPE__ {id: row.id}]->(y)
WHERE x.id <> row.from OR y.id <> row.to
DELETE old
