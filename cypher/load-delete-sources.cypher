// Deletes sources by id. $ids: [string].
UNWIND $ids AS id
MATCH (s:Source {id: id})
DELETE s
