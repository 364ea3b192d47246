// One page of the dated relations in time order (date, or the start of a period, as a string:
// "2025" sorts before "2025-01" before "2025-01-15"), then by id, between $from and $to (null =
// open), past the keyset ($afterAt, $afterId; '' for the first page), at most $limit;
// timeline-undated.cypher counts the undated ones when asked. No index orders relations by date,
// so a page is a Top over every relation (seconds at a million): the page bounds the answer and
// the memory, not the scan. Relationships only ever join two entities.
MATCH ()-[r]->()
WITH r, coalesce(r.date, r.start) AS at
WHERE at IS NOT NULL AND ($from IS NULL OR at >= $from) AND ($to IS NULL OR at <= $to)
  AND (size($types) = 0 OR type(r) IN $types)
  AND (at > $afterAt OR (at = $afterAt AND r.id > $afterId))
WITH r, at ORDER BY at, r.id LIMIT $limit
RETURN collect(r {/* include: relation-fields */}) AS events
