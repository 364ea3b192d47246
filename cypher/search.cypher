// Ranked full-text search. $query is a Lucene query the server builds from the user's words
// (escaped; exact, prefix and fuzzy terms), never the raw text.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS n, score
WHERE size($types) = 0 OR n.type IN $types
WITH n, score ORDER BY score DESC, n.id LIMIT $limit
RETURN n {.id, .name, .type, .aliases, .description, .sourceIds, .degree} AS entity, score
