// Ranked full-text search, one round trip. $query is a Lucene query the server builds from the
// user's words (escaped; exact, prefix, fuzzy and phrase terms), never the raw text. The index
// hands over its best $window hits; among them, a name or alias that is exactly the typed words
// ($exact) ranks first, one that holds them as a phrase ($phrase) next, then the index's score.
// The returned score keeps that order: exact and phrase matches are lifted by multiples of the
// window's best score, so it is still "higher is better".
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $window}) YIELD node AS n, score
WHERE size($types) = 0 OR n.type IN $types
WITH n, score,
  CASE
    WHEN n.name =~ $exact OR any(a IN n.aliases WHERE a =~ $exact) THEN 2
    WHEN n.name =~ $phrase OR any(a IN n.aliases WHERE a =~ $phrase) THEN 1
    ELSE 0
  END AS rank
WITH collect({n: n, score: score, rank: rank}) AS hits, max(score) AS top
UNWIND hits AS hit
WITH hit.n AS n, hit.score + hit.rank * top AS score
ORDER BY score DESC, n.id LIMIT $limit
RETURN n {/* include: entity-fields */} AS entity, score
