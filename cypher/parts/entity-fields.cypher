// Part: the fields of an entity every read returns, inside the map projection of any entity
// variable, included inline by a comment `include: entity-fields` in braces after the variable
// (server/src/db/records.ts maps them to EntityRow).
.id, .name, .type, .aliases, .description, .sourceIds, .degree
