// Part: the fields of a relationship `r` every read returns (its properties, its type, and the
// ids of its two ends), inside a map projection of `r`, included inline by a comment
// `include: relation-fields` in braces after it (server/src/db/records.ts maps them to RelationRow).
.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id
