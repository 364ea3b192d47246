// The overview start view: the $limit most connected entities (by the stored, indexed `degree`,
// then id), plus the entities in $include (a shared link's), and at most $maxEdges of the
// relations among them, with how many there are in all (`among`).
// Membership of the top set is a comparison with its last entity, so checking a relation's far
// end costs one property read: the work is the relations of the kept entities, never the graph.
// Which relations a cap keeps is server/src/db/edge-cap.ts's rule, here in Cypher so that only
// the kept ones are projected and sent (Top 5,000 at 1M: 20,000 of 44,580): each entity ranks
// its relations by the other end's degree, then its id, then the relation's id; a relation's rank
// is the better of its two ends'; the best ranks are kept, then listed by id.
// Totals come from the count store. The list of types is the closed vocabulary's (a test checks).
CALL () {
  MATCH (n:Entity) WHERE n.degree IS NOT NULL
  WITH n ORDER BY n.degree DESC, n.id LIMIT $limit
  RETURN collect(n) AS top
}
CALL () {
  OPTIONAL MATCH (n:Entity) WHERE n.id IN $include
  RETURN collect(n) AS included
}
WITH top, included, last(top) AS edge
WITH top + [n IN included WHERE NOT (n.degree > edge.degree OR (n.degree = edge.degree AND n.id <= edge.id))] AS kept, edge
CALL (kept, edge) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b.degree > edge.degree OR (b.degree = edge.degree AND b.id <= edge.id) OR b.id IN $include
  UNWIND [[a, b], [b, a]] AS ends
  WITH ends[0] AS end, ends[1] AS other, r
  ORDER BY other.degree DESC, other.id, r.id
  WITH end, collect(r) AS ranked
  UNWIND range(0, size(ranked) - 1) AS i
  WITH ranked[i] AS r, min(i) AS rank
  ORDER BY rank, r.id
  WITH collect(r) AS among
  UNWIND CASE WHEN among = [] THEN [null] ELSE among[0..$maxEdges] END AS r
  WITH among, r ORDER BY r.id
  RETURN size(among) AS among, collect(r {/* include: relation-fields */}) AS edges
}
RETURN
  [n IN kept | n {/* include: entity-fields */}] AS nodes,
  edges,
  among,
  COUNT { (:Entity) } AS entities,
  COUNT { ()-[]->() } AS relations,
  [
    {type: 'Person', total: COUNT { (:Person) }},
    {type: 'Agency', total: COUNT { (:Agency) }},
    {type: 'Country', total: COUNT { (:Country) }},
    {type: 'Organization', total: COUNT { (:Organization) }},
    {type: 'Group', total: COUNT { (:Group) }},
    {type: 'MediaOutlet', total: COUNT { (:MediaOutlet) }},
    {type: 'ThreatActor', total: COUNT { (:ThreatActor) }},
    {type: 'Resource', total: COUNT { (:Resource) }},
    {type: 'Sector', total: COUNT { (:Sector) }},
    {type: 'Infrastructure', total: COUNT { (:Infrastructure) }},
    {type: 'Policy', total: COUNT { (:Policy) }},
    {type: 'Event', total: COUNT { (:Event) }}
  ] AS entityTypes
