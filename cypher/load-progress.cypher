// Counts a batch as written, in the batch's own transaction: the marker never claims more than
// the database holds.
MATCH (l:Load {id: 'fixtures'})
SET l.batchesDone = l.batchesDone + 1, l.itemsDone = l.itemsDone + $items, l.phase = $phase,
    l.heartbeatAt = datetime()
