// Part: rows `r`, the first $limit relations past $after in id order of the entity `n` in each
// relation type and direction, through the ends indexes of cypher/schema.cypher (fromId, id and
// toId, id: the seek is in id order, so each branch reads at most $limit relations; named, so
// that neither a small graph's statistics nor the planner's choice make it a scan). $direction
// as in relations-of-entities.cypher; $types lists the types wanted (all of them for no filter);
// no other filter, so each branch stays one seek (a 52-branch union takes seconds to plan, and
// each further condition adds to it). A branch of a type outside $types or of the other
// direction seeks null, which reads nothing (a WHERE on parameters alone would be applied after
// the seek, which then reads every relation).
// Included by a line `// include: relations-of-dense-entity` where `n` is bound. A test checks
// that every type of packages/vocabulary/src/vocabulary.ts has both branches.
CALL (n) {
  MATCH ()-[r:SANCTIONED]->() USING INDEX r:SANCTIONED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'SANCTIONED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:SANCTIONED]->() USING INDEX r:SANCTIONED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'SANCTIONED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:HACKED]->() USING INDEX r:HACKED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'HACKED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:HACKED]->() USING INDEX r:HACKED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'HACKED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:EAVESDROPPED_ON]->() USING INDEX r:EAVESDROPPED_ON(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'EAVESDROPPED_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:EAVESDROPPED_ON]->() USING INDEX r:EAVESDROPPED_ON(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'EAVESDROPPED_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:TARGETED]->() USING INDEX r:TARGETED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'TARGETED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:TARGETED]->() USING INDEX r:TARGETED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'TARGETED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:EXPLOITED]->() USING INDEX r:EXPLOITED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'EXPLOITED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:EXPLOITED]->() USING INDEX r:EXPLOITED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'EXPLOITED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:ATTRIBUTED_TO]->() USING INDEX r:ATTRIBUTED_TO(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'ATTRIBUTED_TO' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:ATTRIBUTED_TO]->() USING INDEX r:ATTRIBUTED_TO(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'ATTRIBUTED_TO' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTED]->() USING INDEX r:SUPPORTED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'SUPPORTED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTED]->() USING INDEX r:SUPPORTED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'SUPPORTED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DIRECTS]->() USING INDEX r:DIRECTS(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'DIRECTS' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DIRECTS]->() USING INDEX r:DIRECTS(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'DIRECTS' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:LEADS]->() USING INDEX r:LEADS(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'LEADS' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:LEADS]->() USING INDEX r:LEADS(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'LEADS' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() USING INDEX r:MEMBER_OF(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'MEMBER_OF' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() USING INDEX r:MEMBER_OF(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'MEMBER_OF' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->() USING INDEX r:PARTICIPATED_IN(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'PARTICIPATED_IN' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->() USING INDEX r:PARTICIPATED_IN(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'PARTICIPATED_IN' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:MET_WITH]->() USING INDEX r:MET_WITH(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'MET_WITH' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:MET_WITH]->() USING INDEX r:MET_WITH(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'MET_WITH' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CONCEDED]->() USING INDEX r:CONCEDED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'CONCEDED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CONCEDED]->() USING INDEX r:CONCEDED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'CONCEDED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:TRADED_FOR]->() USING INDEX r:TRADED_FOR(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'TRADED_FOR' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:TRADED_FOR]->() USING INDEX r:TRADED_FOR(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'TRADED_FOR' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF]->() USING INDEX r:PART_OF(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'PART_OF' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF]->() USING INDEX r:PART_OF(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'PART_OF' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CONDITIONAL_ON]->() USING INDEX r:CONDITIONAL_ON(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'CONDITIONAL_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CONDITIONAL_ON]->() USING INDEX r:CONDITIONAL_ON(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'CONDITIONAL_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PRODUCES]->() USING INDEX r:PRODUCES(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'PRODUCES' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PRODUCES]->() USING INDEX r:PRODUCES(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'PRODUCES' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DEPENDS_ON]->() USING INDEX r:DEPENDS_ON(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'DEPENDS_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DEPENDS_ON]->() USING INDEX r:DEPENDS_ON(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'DEPENDS_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:RESTRICTED]->() USING INDEX r:RESTRICTED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'RESTRICTED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:RESTRICTED]->() USING INDEX r:RESTRICTED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'RESTRICTED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:LEVERAGED]->() USING INDEX r:LEVERAGED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'LEVERAGED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:LEVERAGED]->() USING INDEX r:LEVERAGED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'LEVERAGED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PRESSURED]->() USING INDEX r:PRESSURED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'PRESSURED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:PRESSURED]->() USING INDEX r:PRESSURED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'PRESSURED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZED]->() USING INDEX r:CRITICIZED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'CRITICIZED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZED]->() USING INDEX r:CRITICIZED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'CRITICIZED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:WARNED_ABOUT]->() USING INDEX r:WARNED_ABOUT(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'WARNED_ABOUT' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:WARNED_ABOUT]->() USING INDEX r:WARNED_ABOUT(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'WARNED_ABOUT' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DEFENDED]->() USING INDEX r:DEFENDED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'DEFENDED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:DEFENDED]->() USING INDEX r:DEFENDED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'DEFENDED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:INSTRUCTED]->() USING INDEX r:INSTRUCTED(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'INSTRUCTED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:INSTRUCTED]->() USING INDEX r:INSTRUCTED(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'INSTRUCTED' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:REPORTED_ON]->() USING INDEX r:REPORTED_ON(fromId, id)
  WHERE r.fromId = CASE WHEN $direction <> 'INCOMING' AND 'REPORTED_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.fromId, r.id LIMIT $limit
  RETURN r
  UNION ALL
  MATCH ()-[r:REPORTED_ON]->() USING INDEX r:REPORTED_ON(toId, id)
  WHERE r.toId = CASE WHEN $direction <> 'OUTGOING' AND 'REPORTED_ON' IN $types THEN n.id END AND r.id > $after
  WITH r ORDER BY r.toId, r.id LIMIT $limit
  RETURN r
}
