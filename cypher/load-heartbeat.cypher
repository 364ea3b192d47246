// The loader is alive: a marker whose heartbeat stops is an interrupted load.
MATCH (l:Load {id: 'fixtures'})
WHERE l.status = 'loading'
SET l.heartbeatAt = datetime(), l.phase = $phase
