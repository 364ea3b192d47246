// Ranked full-text search, one round trip. $query is a Lucene query the server builds from the
// user's words (escaped; exact, prefix, fuzzy and phrase terms), never the raw text. The index
// hands over its best $window hits; among them, a name or alias that is exactly the typed words
// ($exact) ranks first, one that holds them as a phrase ($phrase) next, then the index's score.
// Namesakes are common at scale (a registry's many "John Smith"s): exact matches come the most
// connected first, as the one a researcher most likely means, not in the index's near-random
// order. The returned score keeps that order: phrase matches are lifted by the window's best
// score, exact ones by twice it plus a share of it that grows with their degree, so it is still
// "higher is better".
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $window}) YIELD node AS n, score
WHERE size($types) = 0 OR n.type IN $types
WITH n, score,
  CASE
    WHEN n.name =~ $exact OR any(a IN n.aliases WHERE a =~ $exact) THEN 2
    WHEN n.name =~ $phrase OR any(a IN n.aliases WHERE a =~ $phrase) THEN 1
    ELSE 0
  END AS rank
WITH collect({n: n, score: score, rank: rank}) AS hits, max(score) AS top
WITH hits, top, reduce(most = 0, h IN hits | CASE
    WHEN h.rank = 2 AND coalesce(h.n.degree, 0) > most THEN coalesce(h.n.degree, 0)
    ELSE most
  END) AS most
UNWIND hits AS hit
WITH hit.n AS n, CASE hit.rank
    WHEN 2 THEN top * (2 + toFloat(coalesce(hit.n.degree, 0) + 1) / (most + 2))
    ELSE hit.score + hit.rank * top
  END AS score
ORDER BY score DESC, n.id LIMIT $limit
RETURN n {/* include: entity-fields */} AS entity, score
