// What identifies the graph's state for the whole-graph views kept in memory (view-cache.ts):
// the last completed load (its start and end) and the count store's totals, all O(1). Null when
// no completed load is recorded (one is running, was interrupted, or the graph came otherwise):
// such a graph is never cached.
OPTIONAL MATCH (l:Load {id: 'fixtures'})
RETURN CASE WHEN l.status = 'complete'
  THEN toString(l.startedAt) + '|' + toString(l.finishedAt) + '|' +
       toString(COUNT { (:Entity) }) + '|' + toString(COUNT { ()-[]->() }) + '|' + toString(COUNT { (:Source) })
END AS version
