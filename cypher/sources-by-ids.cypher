// Sources by id, for the per-request source loader.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
