// Counts per entity type and relation type, and the $top most connected entities. Every count
// comes from Neo4j's count store (one number per label and per relationship type; each branch
// stands alone so the planner uses it), and the most connected entities are read in order from
// the entity_degree index: nothing here grows with the graph. A test checks that every type of
// server/src/model/vocabulary.ts has its branch.
CALL () {
  CALL () {
    MATCH (n:Person) WITH count(n) AS count RETURN 'Person' AS type, count
    UNION ALL
    MATCH (n:Agency) WITH count(n) AS count RETURN 'Agency' AS type, count
    UNION ALL
    MATCH (n:Country) WITH count(n) AS count RETURN 'Country' AS type, count
    UNION ALL
    MATCH (n:Organization) WITH count(n) AS count RETURN 'Organization' AS type, count
    UNION ALL
    MATCH (n:Group) WITH count(n) AS count RETURN 'Group' AS type, count
    UNION ALL
    MATCH (n:MediaOutlet) WITH count(n) AS count RETURN 'MediaOutlet' AS type, count
    UNION ALL
    MATCH (n:ThreatActor) WITH count(n) AS count RETURN 'ThreatActor' AS type, count
    UNION ALL
    MATCH (n:Resource) WITH count(n) AS count RETURN 'Resource' AS type, count
    UNION ALL
    MATCH (n:Sector) WITH count(n) AS count RETURN 'Sector' AS type, count
    UNION ALL
    MATCH (n:Infrastructure) WITH count(n) AS count RETURN 'Infrastructure' AS type, count
    UNION ALL
    MATCH (n:Policy) WITH count(n) AS count RETURN 'Policy' AS type, count
    UNION ALL
    MATCH (n:Event) WITH count(n) AS count RETURN 'Event' AS type, count
  }
  WITH type, count WHERE count > 0 ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS entityTypes, sum(count) AS entities
}
CALL () {
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
  WITH type, count WHERE count > 0 ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS relationTypes, sum(count) AS relations
}
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS sources
}
CALL () {
  MATCH (n:Entity)
  WHERE n.degree IS NOT NULL
  WITH n ORDER BY n.degree DESC, n.id LIMIT $top
  RETURN collect(n {/* include: entity-fields */}) AS mostConnected
}
RETURN entities, relations, sources, entityTypes, relationTypes, mostConnected
