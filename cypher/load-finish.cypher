// Ends a load: 'complete', or 'interrupted' with the reason when the loader saw it fail. Returns
// the batches the marker counted (each in its batch's own transaction, so exact).
MATCH (l:Load {id: 'fixtures'})
SET l.status = $status, l.finishedAt = datetime(), l.heartbeatAt = datetime(), l.error = $error
RETURN l.batchesDone AS done
