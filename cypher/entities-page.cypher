// One keyset page of entities in id order: $after is the last id of the previous page ('' for
// the first), so the uniqueness index serves both the seek and the order. $types [] = all;
// $search '' = none, otherwise a lower-case substring of the name or an alias.
MATCH (n:Entity)
WHERE n.id > $after
  AND (size($types) = 0 OR n.type IN $types)
  AND ($search = '' OR toLower(n.name) CONTAINS $search OR any(a IN n.aliases WHERE toLower(a) CONTAINS $search))
WITH n ORDER BY n.id LIMIT $limit
RETURN n {/* include: entity-fields */} AS entity
