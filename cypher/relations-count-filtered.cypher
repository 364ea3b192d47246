// totalCount of relations() filtered by status or date, with no endpoint given: no index holds
// those, so this reads every relation of the types asked for (run only when totalCount is
// selected; counts by type alone come from the count store, relations-count.cypher).
MATCH ()-[r]->()
WHERE
// include: relation-filter
RETURN count(r) AS total
