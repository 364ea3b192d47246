// After a load completed: records which folder's bytes it wrote (server/src/fixtures/fingerprint.ts),
// so a re-run of the same, unchanged folder can see there is nothing to write. Every load clears
// it when it begins (load-begin.cypher), and a bulk import's marker arrives without it.
MATCH (l:Load {id: 'fixtures'})
WHERE l.status = 'complete'
SET l.fingerprint = $fingerprint
