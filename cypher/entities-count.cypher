// totalCount of entities() filtered by type only (or not at all): each entity carries its type
// as a label, and Neo4j's count store keeps the number of nodes of each label, so this reads 12
// numbers and counts nothing (each branch must stand alone for the planner to use the store).
// A search text needs entities-count-filtered.cypher. A test checks that every type of
// server/src/model/vocabulary.ts has its branch.
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
WITH type, count WHERE size($types) = 0 OR type IN $types
RETURN sum(count) AS total
