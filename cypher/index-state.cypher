// The state of indexes by name (ONLINE, POPULATING, FAILED; no row for one that does not exist):
// index-state.ts asks it before reads that need an index which may still populate.
SHOW INDEXES YIELD name, state
WHERE name IN $names
RETURN name, state
