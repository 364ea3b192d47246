// Entities by id, for entity(id) and the per-request entity loader.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {/* include: entity-fields */} AS entity
