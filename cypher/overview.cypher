// The overview start view: the $limit most connected entities (by the stored, indexed `degree`,
// then id), plus the entities in $include (a shared link's), and the relations among them.
// Membership of the top set is a comparison with its last entity, so checking a relation's far
// end costs one property read: the work is the relations of the kept entities, never the graph.
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
  WITH r ORDER BY r.id
  RETURN collect(r {/* include: relation-fields */}) AS edges
}
RETURN
  [n IN kept | n {/* include: entity-fields */}] AS nodes,
  edges,
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
