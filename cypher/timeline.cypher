// One page of the dated relations in time order (date, or the start of a period, as a string:
// "2025" sorts before "2025-01" before "2025-01-15"), then by id: at most $page.limit of those
// whose stored `timeKey` (server/src/fixtures/time-key.ts: date, a space, id) is past
// $page.after, at or after $page.from and before $page.until, of the types in $page.types (all
// when empty). Each type's range index (schema.cypher) hands its keys in order, so a branch reads
// at most a page of rows and stops; the page is the first of the at most 26 pages the branches
// return. The work is bounded by the page, not by the graph (the hint keeps each branch a seek
// whatever the statistics say: a scan filtered after it would read every key before a cursor).
// One map parameter, not five: Neo4j caches a plan per parameter type and per size bucket of each
// string and list parameter, so a cursor, a date or a type list of another length would plan
// this 26-branch union again (seconds on a busy machine); a map's contents do not count.
// timeline-undated.cypher counts the undated ones when asked. A test checks that every type of
// the vocabulary has its branch.
CALL () {
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'SANCTIONED' IN $page.types MATCH ()-[r:SANCTIONED]->() USING INDEX r:SANCTIONED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'HACKED' IN $page.types MATCH ()-[r:HACKED]->() USING INDEX r:HACKED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'EAVESDROPPED_ON' IN $page.types MATCH ()-[r:EAVESDROPPED_ON]->() USING INDEX r:EAVESDROPPED_ON(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'TARGETED' IN $page.types MATCH ()-[r:TARGETED]->() USING INDEX r:TARGETED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'EXPLOITED' IN $page.types MATCH ()-[r:EXPLOITED]->() USING INDEX r:EXPLOITED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'ATTRIBUTED_TO' IN $page.types MATCH ()-[r:ATTRIBUTED_TO]->() USING INDEX r:ATTRIBUTED_TO(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'SUPPORTED' IN $page.types MATCH ()-[r:SUPPORTED]->() USING INDEX r:SUPPORTED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'DIRECTS' IN $page.types MATCH ()-[r:DIRECTS]->() USING INDEX r:DIRECTS(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'LEADS' IN $page.types MATCH ()-[r:LEADS]->() USING INDEX r:LEADS(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'MEMBER_OF' IN $page.types MATCH ()-[r:MEMBER_OF]->() USING INDEX r:MEMBER_OF(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'PARTICIPATED_IN' IN $page.types MATCH ()-[r:PARTICIPATED_IN]->() USING INDEX r:PARTICIPATED_IN(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'MET_WITH' IN $page.types MATCH ()-[r:MET_WITH]->() USING INDEX r:MET_WITH(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'CONCEDED' IN $page.types MATCH ()-[r:CONCEDED]->() USING INDEX r:CONCEDED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'TRADED_FOR' IN $page.types MATCH ()-[r:TRADED_FOR]->() USING INDEX r:TRADED_FOR(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'PART_OF' IN $page.types MATCH ()-[r:PART_OF]->() USING INDEX r:PART_OF(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'CONDITIONAL_ON' IN $page.types MATCH ()-[r:CONDITIONAL_ON]->() USING INDEX r:CONDITIONAL_ON(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'PRODUCES' IN $page.types MATCH ()-[r:PRODUCES]->() USING INDEX r:PRODUCES(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'DEPENDS_ON' IN $page.types MATCH ()-[r:DEPENDS_ON]->() USING INDEX r:DEPENDS_ON(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'RESTRICTED' IN $page.types MATCH ()-[r:RESTRICTED]->() USING INDEX r:RESTRICTED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'LEVERAGED' IN $page.types MATCH ()-[r:LEVERAGED]->() USING INDEX r:LEVERAGED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'PRESSURED' IN $page.types MATCH ()-[r:PRESSURED]->() USING INDEX r:PRESSURED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'CRITICIZED' IN $page.types MATCH ()-[r:CRITICIZED]->() USING INDEX r:CRITICIZED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'WARNED_ABOUT' IN $page.types MATCH ()-[r:WARNED_ABOUT]->() USING INDEX r:WARNED_ABOUT(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'DEFENDED' IN $page.types MATCH ()-[r:DEFENDED]->() USING INDEX r:DEFENDED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'INSTRUCTED' IN $page.types MATCH ()-[r:INSTRUCTED]->() USING INDEX r:INSTRUCTED(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
  UNION ALL
  WITH 0 AS _ WHERE size($page.types) = 0 OR 'REPORTED_ON' IN $page.types MATCH ()-[r:REPORTED_ON]->() USING INDEX r:REPORTED_ON(timeKey) WHERE r.timeKey > $page.after AND r.timeKey >= $page.from AND r.timeKey < $page.until
  RETURN r ORDER BY r.timeKey LIMIT $page.limit
}
WITH r ORDER BY r.timeKey LIMIT $page.limit
RETURN collect(r {/* include: relation-fields */}) AS events
