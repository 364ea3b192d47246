// Dated relations in time order (date, or the start of a period, as a string: "2025" sorts before
// "2025-01" before "2025-01-15"), then by id, between $from and $to (null = open). Also counts
// the undated ones, which the timeline shows apart.
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH r, coalesce(r.date, r.start) AS at
  WHERE at IS NOT NULL AND ($from IS NULL OR at >= $from) AND ($to IS NULL OR at <= $to)
    AND (size($types) = 0 OR type(r) IN $types)
  WITH r, at ORDER BY at, r.id
  RETURN collect(r {/* include: relation-fields */}) AS events
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.date IS NULL AND r.start IS NULL AND (size($types) = 0 OR type(r) IN $types)
  RETURN count(r) AS undated
}
RETURN events, undated
