// Part: `r`, the relation whose id is `id`, if any. Relation-id constraints are per relationship
// type (Neo4j scopes them to one type), so the id seeks the unique index of every type: 26 index
// seeks, no scan. Included by a line `// include: relation-by-id` where `id` is bound. A test
// checks that every type of packages/vocabulary/src/vocabulary.ts has its branch.
CALL (id) {
  MATCH ()-[r:SANCTIONED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HACKED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:EAVESDROPPED_ON {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:TARGETED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:EXPLOITED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ATTRIBUTED_TO {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:DIRECTS {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LEADS {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATED_IN {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:MET_WITH {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CONCEDED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:TRADED_FOR {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CONDITIONAL_ON {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PRODUCES {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:DEPENDS_ON {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:RESTRICTED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LEVERAGED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PRESSURED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:WARNED_ABOUT {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:DEFENDED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:INSTRUCTED {id: id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:REPORTED_ON {id: id}]->() RETURN r
}
