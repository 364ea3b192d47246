// Relations by id. Relation-id constraints are per relationship type, so this scans
// relationships between entities; fine at this graph's size (see the note in README).
UNWIND $ids AS id
MATCH (:Entity)-[r {id: id}]->(:Entity)
RETURN r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relation
