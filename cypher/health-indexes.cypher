// The indexes that are not ONLINE yet (POPULATING, or FAILED), for /health: after a bulk import
// the full-text index of relation sources keeps populating for a while (index-state.ts), and
// the reads that would use it take a slower route until then. A small read of the schema.
SHOW INDEXES YIELD name, state, populationPercent
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent
ORDER BY name
