// Removes the loaded graph (entities, sources and their relations) before a --replace seed;
// runs in the seed's own transaction, so a failed seed leaves the old graph in place.
MATCH (n)
WHERE n:Entity OR n:Source
DETACH DELETE n
