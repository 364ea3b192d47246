// One keyset page of relations() in id order, filtered, with no endpoint given
// (relations-of-entities.cypher serves those).
WITH null AS citing
// include: relations-in-id-order
WITH r ORDER BY r.id LIMIT $limit
RETURN r {/* include: relation-fields */} AS relation
