// Deletes relations of one type (__TYPE__) by id. $ids: [string].
UNWIND $ids AS id
MATCH ()-[r:__TYPE__ {id: id}]->()
DELETE r
