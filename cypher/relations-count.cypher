// totalCount of relations() filtered by type only (or not at all): Neo4j's count store keeps the
// number of relationships of each type, so this reads 26 numbers and counts nothing (each
// branch must stand alone, without a filter, for the planner to use the count store). Filters on
// status or date need relations-count-filtered.cypher. A test checks that every type of
// server/src/model/vocabulary.ts has its branch.
CALL () {
  MATCH ()-[r:SANCTIONED]->() WITH count(r) AS count RETURN 'SANCTIONED' AS type, count
  UNION ALL
  MATCH ()-[r:HACKED]->() WITH count(r) AS count RETURN 'HACKED' AS type, count
  UNION ALL
  MATCH ()-[r:EAVESDROPPED_ON]->() WITH count(r) AS count RETURN 'EAVESDROPPED_ON' AS type, count
  UNION ALL
  MATCH ()-[r:TARGETED]->() WITH count(r) AS count RETURN 'TARGETED' AS type, count
  UNION ALL
  MATCH ()-[r:EXPLOITED]->() WITH count(r) AS count RETURN 'EXPLOITED' AS type, count
  UNION ALL
  MATCH ()-[r:ATTRIBUTED_TO]->() WITH count(r) AS count RETURN 'ATTRIBUTED_TO' AS type, count
  UNION ALL
  MATCH ()-[r:SUPPORTED]->() WITH count(r) AS count RETURN 'SUPPORTED' AS type, count
  UNION ALL
  MATCH ()-[r:DIRECTS]->() WITH count(r) AS count RETURN 'DIRECTS' AS type, count
  UNION ALL
  MATCH ()-[r:LEADS]->() WITH count(r) AS count RETURN 'LEADS' AS type, count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WITH count(r) AS count RETURN 'MEMBER_OF' AS type, count
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->() WITH count(r) AS count RETURN 'PARTICIPATED_IN' AS type, count
  UNION ALL
  MATCH ()-[r:MET_WITH]->() WITH count(r) AS count RETURN 'MET_WITH' AS type, count
  UNION ALL
  MATCH ()-[r:CONCEDED]->() WITH count(r) AS count RETURN 'CONCEDED' AS type, count
  UNION ALL
  MATCH ()-[r:TRADED_FOR]->() WITH count(r) AS count RETURN 'TRADED_FOR' AS type, count
  UNION ALL
  MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'PART_OF' AS type, count
  UNION ALL
  MATCH ()-[r:CONDITIONAL_ON]->() WITH count(r) AS count RETURN 'CONDITIONAL_ON' AS type, count
  UNION ALL
  MATCH ()-[r:PRODUCES]->() WITH count(r) AS count RETURN 'PRODUCES' AS type, count
  UNION ALL
  MATCH ()-[r:DEPENDS_ON]->() WITH count(r) AS count RETURN 'DEPENDS_ON' AS type, count
  UNION ALL
  MATCH ()-[r:RESTRICTED]->() WITH count(r) AS count RETURN 'RESTRICTED' AS type, count
  UNION ALL
  MATCH ()-[r:LEVERAGED]->() WITH count(r) AS count RETURN 'LEVERAGED' AS type, count
  UNION ALL
  MATCH ()-[r:PRESSURED]->() WITH count(r) AS count RETURN 'PRESSURED' AS type, count
  UNION ALL
  MATCH ()-[r:CRITICIZED]->() WITH count(r) AS count RETURN 'CRITICIZED' AS type, count
  UNION ALL
  MATCH ()-[r:WARNED_ABOUT]->() WITH count(r) AS count RETURN 'WARNED_ABOUT' AS type, count
  UNION ALL
  MATCH ()-[r:DEFENDED]->() WITH count(r) AS count RETURN 'DEFENDED' AS type, count
  UNION ALL
  MATCH ()-[r:INSTRUCTED]->() WITH count(r) AS count RETURN 'INSTRUCTED' AS type, count
  UNION ALL
  MATCH ()-[r:REPORTED_ON]->() WITH count(r) AS count RETURN 'REPORTED_ON' AS type, count
}
WITH type, count WHERE size($types) = 0 OR type IN $types
RETURN sum(count) AS total
