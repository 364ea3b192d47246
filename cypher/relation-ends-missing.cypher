// The relation types whose relations do not store the ids of their ends (fromId, toId): a graph
// an older version wrote. Each type is given its ends in one transaction
// (relation-ends-store.cypher) and every write stores them, so a type's first relation tells
// for all of it: reads one relation per type (a type scan stopped at its first). A test checks
// that every type of packages/vocabulary/src/vocabulary.ts has its branch.
CALL () {
  MATCH ()-[r:SANCTIONED]->() WITH r LIMIT 1 RETURN 'SANCTIONED' AS type, r
  UNION ALL
  MATCH ()-[r:HACKED]->() WITH r LIMIT 1 RETURN 'HACKED' AS type, r
  UNION ALL
  MATCH ()-[r:EAVESDROPPED_ON]->() WITH r LIMIT 1 RETURN 'EAVESDROPPED_ON' AS type, r
  UNION ALL
  MATCH ()-[r:TARGETED]->() WITH r LIMIT 1 RETURN 'TARGETED' AS type, r
  UNION ALL
  MATCH ()-[r:EXPLOITED]->() WITH r LIMIT 1 RETURN 'EXPLOITED' AS type, r
  UNION ALL
  MATCH ()-[r:ATTRIBUTED_TO]->() WITH r LIMIT 1 RETURN 'ATTRIBUTED_TO' AS type, r
  UNION ALL
  MATCH ()-[r:SUPPORTED]->() WITH r LIMIT 1 RETURN 'SUPPORTED' AS type, r
  UNION ALL
  MATCH ()-[r:DIRECTS]->() WITH r LIMIT 1 RETURN 'DIRECTS' AS type, r
  UNION ALL
  MATCH ()-[r:LEADS]->() WITH r LIMIT 1 RETURN 'LEADS' AS type, r
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WITH r LIMIT 1 RETURN 'MEMBER_OF' AS type, r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN]->() WITH r LIMIT 1 RETURN 'PARTICIPATED_IN' AS type, r
  UNION ALL
  MATCH ()-[r:MET_WITH]->() WITH r LIMIT 1 RETURN 'MET_WITH' AS type, r
  UNION ALL
  MATCH ()-[r:CONCEDED]->() WITH r LIMIT 1 RETURN 'CONCEDED' AS type, r
  UNION ALL
  MATCH ()-[r:TRADED_FOR]->() WITH r LIMIT 1 RETURN 'TRADED_FOR' AS type, r
  UNION ALL
  MATCH ()-[r:PART_OF]->() WITH r LIMIT 1 RETURN 'PART_OF' AS type, r
  UNION ALL
  MATCH ()-[r:CONDITIONAL_ON]->() WITH r LIMIT 1 RETURN 'CONDITIONAL_ON' AS type, r
  UNION ALL
  MATCH ()-[r:PRODUCES]->() WITH r LIMIT 1 RETURN 'PRODUCES' AS type, r
  UNION ALL
  MATCH ()-[r:DEPENDS_ON]->() WITH r LIMIT 1 RETURN 'DEPENDS_ON' AS type, r
  UNION ALL
  MATCH ()-[r:RESTRICTED]->() WITH r LIMIT 1 RETURN 'RESTRICTED' AS type, r
  UNION ALL
  MATCH ()-[r:LEVERAGED]->() WITH r LIMIT 1 RETURN 'LEVERAGED' AS type, r
  UNION ALL
  MATCH ()-[r:PRESSURED]->() WITH r LIMIT 1 RETURN 'PRESSURED' AS type, r
  UNION ALL
  MATCH ()-[r:CRITICIZED]->() WITH r LIMIT 1 RETURN 'CRITICIZED' AS type, r
  UNION ALL
  MATCH ()-[r:WARNED_ABOUT]->() WITH r LIMIT 1 RETURN 'WARNED_ABOUT' AS type, r
  UNION ALL
  MATCH ()-[r:DEFENDED]->() WITH r LIMIT 1 RETURN 'DEFENDED' AS type, r
  UNION ALL
  MATCH ()-[r:INSTRUCTED]->() WITH r LIMIT 1 RETURN 'INSTRUCTED' AS type, r
  UNION ALL
  MATCH ()-[r:REPORTED_ON]->() WITH r LIMIT 1 RETURN 'REPORTED_ON' AS type, r
}
WITH type, r WHERE r.fromId IS NULL
RETURN type
