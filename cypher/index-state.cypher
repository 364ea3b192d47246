// The state of one index by name (ONLINE, POPULATING, FAILED; no row when it does not exist):
// index-state.ts asks it before reads that need a full-text index which may still populate.
SHOW INDEXES YIELD name, state
WHERE name = $name
RETURN state
