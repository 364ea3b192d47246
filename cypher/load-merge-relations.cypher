// Upserts relations of one type (__TYPE__) by id; the per-type id constraint's index finds an
// existing one. Properties are set one by one, so absent values are removed and the planner
// streams the batch (a map SET would buffer it). Runs after load-unlink-moved-relations in the
// same transaction. Same $rows as load-create-relations.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r.fromId = row.from, r.toId = row.to, r.status = row.status, r.summary = row.summary, r.sourceIds = row.sourceIds,
    r.date = row.date, r.start = row.start, r.end = row.end, r.citedVia = row.citedVia, r.anonymousSource = row.anonymousSource,
    r.quote = row.quote, r.quoteSpeakerId = row.quoteSpeakerId, r.timeKey = row.timeKey
