// How many relations (of $types; all when empty) carry no date: the timeline shows them apart.
MATCH ()-[r]->()
WHERE r.date IS NULL AND r.start IS NULL AND (size($types) = 0 OR type(r) IN $types)
RETURN count(r) AS undated
