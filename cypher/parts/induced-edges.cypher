// Part: `edges`, the relations among the entities of the list `kept` (at most 500) that pass
// the relation filter, in id order. Included by a line `// include: induced-edges`.
// Each edge must be met from one of its ends, and expanding an entity costs its degree, so the
// work is the cheaper of two plans, chosen from the degree store (O(1) per dense node):
// - every kept entity in one direction (out or in, whichever holds fewer relationships): a
//   start view of hubs halves its work;
// - every kept entity but the most connected one, in both directions: its relations to the
//   others are met from their side, so a hub's neighbourhood never walks the hub's thousands.
// Relationships never loop (the fixture schema forbids it), so skipping one entity loses none.
CALL (kept) {
  WITH kept, [n IN kept | [COUNT { (n)-->() }, COUNT { (n)<--() }]] AS degrees
  WITH kept, degrees,
       reduce(s = 0, d IN degrees | s + d[0]) AS outs,
       reduce(s = 0, d IN degrees | s + d[1]) AS ins,
       reduce(top = 0, i IN range(0, size(kept) - 1) |
         CASE WHEN degrees[i][0] + degrees[i][1] > degrees[top][0] + degrees[top][1] THEN i ELSE top END) AS top
  WITH kept, top, outs, ins, outs + ins - degrees[top][0] - degrees[top][1] AS others
  WITH kept, top,
       CASE WHEN others < outs AND others < ins THEN 'others' WHEN outs <= ins THEN 'out' ELSE 'in' END AS plan
  UNWIND range(0, size(kept) - 1) AS i
  CALL (i, kept, top, plan) {
    WITH kept[i] AS a WHERE plan = 'out'
    MATCH (a)-[r]->(b) WHERE b IN kept
    RETURN r
    UNION ALL
    WITH kept[i] AS a WHERE plan = 'in'
    MATCH (a)<-[r]-(b) WHERE b IN kept
    RETURN r
    UNION ALL
    WITH kept[i] AS a WHERE plan = 'others' AND i <> top
    MATCH (a)-[r]-(b) WHERE b IN kept
    RETURN r
  }
  WITH DISTINCT r
  WHERE
  // include: relation-filter
  WITH r ORDER BY r.id
  RETURN collect(r {/* include: relation-fields */}) AS edges
}
