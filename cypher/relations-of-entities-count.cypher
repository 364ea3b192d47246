// How many relations of each entity in $ids pass the filters of relations-of-entities.cypher
// (direction, $other, the relation filter): totalCount of a filtered Entity.relations or of
// relations(filter: {from/to}), one batched count, bounded by the entities' degrees.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, size($types) = 0 AND size($statuses) = 0 AND $asOf IS NULL AND $other = '' AS unfiltered
CALL (n, unfiltered) {
  CALL (n, unfiltered) {
    WITH n WHERE NOT unfiltered AND $direction <> 'INCOMING'
    MATCH (n)-[r]->(m)
    RETURN r, m
    UNION ALL
    WITH n WHERE NOT unfiltered AND $direction <> 'OUTGOING'
    MATCH (n)<-[r]-(m)
    RETURN r, m
  }
  WITH r, m
  WHERE ($other = '' OR m.id = $other) AND
  // include: relation-filter
  RETURN count(r) AS walked
}
// Unfiltered, Neo4j's per-node degrees answer without reading a relationship: a hub's count
// costs what a leaf's does. A self-relation counts once each way, as the walk does.
RETURN id, CASE
  WHEN NOT unfiltered THEN walked
  WHEN $direction = 'OUTGOING' THEN COUNT { (n)-->() }
  WHEN $direction = 'INCOMING' THEN COUNT { (n)<--() }
  ELSE COUNT { (n)-->() } + COUNT { (n)<--() }
END AS total
