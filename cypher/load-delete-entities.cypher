// Deletes entities by id with whatever relations they still have. $ids: [string].
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
