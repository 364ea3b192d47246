// Marks a load as running, in the same transaction as its first batch, so a load that wrote
// nothing leaves no marker. readLoadState (server/src/db/load-state.ts) reads it. A load into an
// empty graph writes every relation with its ends (relation-ends-known.cypher); a merge keeps
// what the marker knew.
MERGE (l:Load {id: 'fixtures'})
SET l.status = 'loading', l.mode = $mode, l.replace = $replace, l.source = $source, l.startedAt = datetime(),
    l.heartbeatAt = datetime(), l.finishedAt = null, l.batchesDone = 0, l.batchesTotal = $batchesTotal,
    l.itemsDone = 0, l.itemsTotal = $itemsTotal, l.phase = $phase, l.error = null, l.fingerprint = null,
    l.relationEnds = coalesce(l.relationEnds, $mode = 'create')
