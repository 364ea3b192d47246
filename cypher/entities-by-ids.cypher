// Entities by id, for entity(id) and the per-request entity loader.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .name, .type, .aliases, .description, .sourceIds, .degree} AS entity
