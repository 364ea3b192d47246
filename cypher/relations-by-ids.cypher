// Relations by id, for relation(id) and the per-request relation loader.
UNWIND $ids AS id
// include: relation-by-id
RETURN r {/* include: relation-fields */, /* include: relation-ends */} AS relation
