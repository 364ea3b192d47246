// Part: the relation filter every read applies to a relationship `r` (contract 2). Included by
// a line `// include: relation-filter` inside a WHERE. $types / $statuses: [] = all; $asOf:
// null = no time cut, otherwise a relation passes when it is undated or its date (or start) is
// <= $asOf in string order ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD').
(size($types) = 0 OR type(r) IN $types)
AND (size($statuses) = 0 OR r.status IN $statuses)
AND ($asOf IS NULL OR coalesce(r.date, r.start) IS NULL OR coalesce(r.date, r.start) <= $asOf)
