// One keyset page of relations() in id order, with no endpoint given (relations-of-entities
// serves those). Each relation type has its own unique index on id, so each type asked for gives
// its first $limit relations past $after in index order, filtered as they come, and the page is
// the first $limit of those: 26 short ordered index scans, never a scan of every relation.
// $types [] = all; the other filters as in parts/relation-filter.cypher. A test checks that every
// type of server/src/model/vocabulary.ts has its branch.
CALL () {
  WITH 'SANCTIONED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:SANCTIONED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'HACKED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:HACKED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'EAVESDROPPED_ON' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:EAVESDROPPED_ON]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'TARGETED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:TARGETED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'EXPLOITED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:EXPLOITED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'ATTRIBUTED_TO' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:ATTRIBUTED_TO]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'SUPPORTED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:SUPPORTED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'DIRECTS' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:DIRECTS]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'LEADS' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:LEADS]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'MEMBER_OF' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:MEMBER_OF]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'PARTICIPATED_IN' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:PARTICIPATED_IN]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'MET_WITH' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:MET_WITH]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'CONCEDED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:CONCEDED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'TRADED_FOR' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:TRADED_FOR]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'PART_OF' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:PART_OF]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'CONDITIONAL_ON' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:CONDITIONAL_ON]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'PRODUCES' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:PRODUCES]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'DEPENDS_ON' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:DEPENDS_ON]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'RESTRICTED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:RESTRICTED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'LEVERAGED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:LEVERAGED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'PRESSURED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:PRESSURED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'CRITICIZED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:CRITICIZED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'WARNED_ABOUT' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:WARNED_ABOUT]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'DEFENDED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:DEFENDED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'INSTRUCTED' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:INSTRUCTED]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
  UNION ALL
  WITH 'REPORTED_ON' AS type WHERE size($types) = 0 OR type IN $types
  MATCH ()-[r:REPORTED_ON]->()
  WHERE r.id > $after AND
  // include: relation-filter
  WITH r ORDER BY r.id LIMIT $limit
  RETURN r
}
WITH r ORDER BY r.id LIMIT $limit
RETURN r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relation
